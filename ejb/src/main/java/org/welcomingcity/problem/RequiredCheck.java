package org.welcomingcity.problem;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** The check behind {@link Required}. */
public class RequiredCheck implements ConstraintValidator<Required, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank())
                && !(value instanceof Collection<?> items && items.isEmpty());
    }

    /** Whether a value counts as given, by the rule of {@link Required}. */
    public static boolean given(Object value) {
        return new RequiredCheck().isValid(value, null);
    }
}
