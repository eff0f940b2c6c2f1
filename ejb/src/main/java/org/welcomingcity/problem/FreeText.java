package org.welcomingcity.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person types and others read later: at most {@code max} characters (its column's size)
 * and plain ({@link PlainText#TEXT}). Missing text passes; {@link Required} says when it must be given.
 */
@Documented
@Size
@Pattern(regexp = PlainText.TEXT, message = PlainText.PROBLEM)
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface FreeText {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    /** The problem of a text that is too long. */
    @OverridesAttribute(constraint = Size.class, name = "message")
    String tooLong() default FieldRules.AT_MOST;

    String message() default FieldRules.AT_MOST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
