package org.welcomingcity.system;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the end-to-end classes (junit-platform.properties): first every class that shares
 * the EAR as built, then those with an {@link OwnDeployment}, each group by name, the same on every
 * machine, with the classes that share an EAR of their own together, under its name. Each shared EAR
 * is then deployed once, where classes of both kinds taken by name would deploy it again after each
 * class of its own.
 */
public class SharedDeploymentFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor test) -> test.isAnnotated(OwnDeployment.class))
                .thenComparing(SharedDeploymentFirst::sharedAsOrOwnName)
                .thenComparing(test -> test.getTestClass().getName()));
    }

    private static String sharedAsOrOwnName(ClassDescriptor test) {
        String sharedAs = test.findAnnotation(OwnDeployment.class).map(OwnDeployment::sharedAs).orElse("");
        return sharedAs.isEmpty() ? test.getTestClass().getName() : sharedAs;
    }
}
