package org.welcomingcity.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that deploys an EAR other than the EAR as built (other settings, in-container
 * test classes). {@link SharedDeploymentFirst} runs such classes after all the others, so that the
 * shared EAR is deployed once and not again after each of them, and keeps together the classes that
 * share one such EAR. A class that lacks the mark still passes; it only costs the suite deployments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnDeployment {

    /** The classes that deploy {@link Deployments#welcomingForChecks()}. */
    String FOR_CHECKS = "for checks";

    /** The EAR this class shares with others, whose classes then run one after the other; "" for none. */
    String sharedAs() default "";
}
