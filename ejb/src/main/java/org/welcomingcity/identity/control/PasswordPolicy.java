package org.welcomingcity.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.identity.control.PasswordRefusedException.Reason;

/**
 * What a password of the database store must be, whoever sets it (an administrator creating
 * or resetting an account, or the holder changing it). Length matters most (NIST SP 800-63B);
 * no composition rules, but the obvious guesses are refused.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** Bounds the cost of hashing what a caller sends. */
    static final int MAX_LENGTH = 128;

    /** Long enough for the minimum, yet among the first tried by any guessing attack. */
    private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456",
            "passwordpassword", "123456789012", "1234567890123", "12345678901234", "qwerty123456", "qwertyuiop12",
            "qwertyuiopasdf", "1q2w3e4r5t6y", "1qaz2wsx3edc", "abcdefghijkl", "abc123456789", "iloveyou1234",
            "welcome12345", "welcome-2021", "changeme1234", "letmein12345", "administrator", "administrator1",
            "trustno1trustno1", "chicago12345", "chicagopolice", "policepolice", "aaaaaaaaaaaa", "000000000000",
            "111111111111", "monkey123456", "football1234", "baseball1234", "superman1234", "princess1234",
            "sunshine1234", "starwars1234", "dragon123456");

    @Inject
    @ConfigProperty(name = "welcoming.security.password.min-length")
    int minLength;

    PasswordPolicy() {
    }

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    /** Refuses the password, naming {@code field}, when it breaks a rule; the first broken rule is reported. */
    public void check(String field, String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < minLength) {
            throw new PasswordRefusedException(field, Reason.TOO_SHORT, minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new PasswordRefusedException(field, Reason.TOO_LONG, minLength);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new PasswordRefusedException(field, Reason.SAME_AS_USERNAME, minLength);
        }
        if (COMMON.contains(lower)) {
            throw new PasswordRefusedException(field, Reason.COMMON, minLength);
        }
    }

    /** Refuses a new password equal to the one it replaces. */
    public void checkChanged(String field, boolean sameAsCurrent) {
        if (sameAsCurrent) {
            throw new PasswordRefusedException(field, Reason.UNCHANGED, minLength);
        }
    }
}
