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
 * Free text that states no person's citizenship or immigration status: none of the phrases of
 * {@link StatusPhrases}. Its problem names the phrase found. Missing text passes.
 */
@Documented
@Constraint(validatedBy = NoStatusClaimCheck.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NoStatusClaim {

    String message() default "must not state a person's citizenship or immigration status";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
