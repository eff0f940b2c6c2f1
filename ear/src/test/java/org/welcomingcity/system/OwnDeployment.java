package org.welcomingcity.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that deploys an EAR of its own (other settings, in-container test classes)
 * instead of the EAR as built. {@link SharedDeploymentFirst} runs such classes after all the
 * others, so that the shared EAR is deployed once and not again after each of them. A class that
 * lacks the mark still passes; it only costs the suite a deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnDeployment {
}
