package org.welcomingcity.problem;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link NoStatusClaim} against the shipped phrases, naming the phrase it found. */
public class NoStatusClaimCheck implements ConstraintValidator<NoStatusClaim, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        Optional<String> found = StatusPhrases.shipped().foundIn(text);
        if (found.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the phrase is legal's list, not the person's text; escaped all the same, as the
        // validator would read braces, dollars and backslashes in a message as expressions
        context.buildConstraintViolationWithTemplate(StatusPhrases.problem(found.get()).replaceAll("([\\\\{}$])", "\\\\$1"))
                .addConstraintViolation();
        return false;
    }
}
