package org.welcomingcity.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A field that must be given: not null, and for text or a collection, not blank or empty (blank as
 * {@link String#isBlank} says, so that a line of Unicode spaces is as missing as an empty one).
 */
@Documented
@Constraint(validatedBy = RequiredCheck.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Required {

    /** The problem of a missing field. */
    String PROBLEM = "required";

    String message() default PROBLEM;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
