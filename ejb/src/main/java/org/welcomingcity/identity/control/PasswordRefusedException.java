package org.welcomingcity.identity.control;

import org.welcomingcity.problem.InvalidInputException;

/** A new password the policy refuses; the reason lets pages word it in the user's language. */
public class PasswordRefusedException extends InvalidInputException {

    /** Why the password was refused. */
    public enum Reason { TOO_SHORT, TOO_LONG, SAME_AS_USERNAME, COMMON, UNCHANGED }

    private final Reason reason;
    private final int minLength;

    PasswordRefusedException(String field, Reason reason, int minLength) {
        super(field, text(reason, minLength));
        this.reason = reason;
        this.minLength = minLength;
    }

    public Reason reason() {
        return reason;
    }

    public int minLength() {
        return minLength;
    }

    private static String text(Reason reason, int minLength) {
        return switch (reason) {
            case TOO_SHORT -> "must be at least " + minLength + " characters";
            case TOO_LONG -> "must be at most " + PasswordPolicy.MAX_LENGTH + " characters";
            case SAME_AS_USERNAME -> "must not be the user name";
            case COMMON -> "is one of the most common passwords; choose one that is hard to guess";
            case UNCHANGED -> "must differ from the current password";
        };
    }
}
