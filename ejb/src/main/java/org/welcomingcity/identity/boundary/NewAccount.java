package org.welcomingcity.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/**
 * What an administrator gives to open an account. The password is a first one only: the
 * holder must replace it at the first log-on. Its rules are the password policy's.
 */
public record NewAccount(
        @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
        @NotBlank @Size(max = 128) @Pattern(regexp = PLAIN_LINE, message = PLAIN_LINE_RULE) String displayName,
        @Size(max = 64) @Pattern(regexp = PLAIN_LINE, message = PLAIN_LINE_RULE) String unit,
        @NotEmpty Set<Role> roles,
        @NotNull String password) {

    public static final String USERNAME = "[a-z][a-z0-9._-]{1,63}";
    public static final String USERNAME_RULE =
            "must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter";
    /**
     * A name others read on pages, lists and the annual review holds what it shows: no control
     * character (NUL, a line break) and no invisible mark that reorders the text around it.
     */
    public static final String PLAIN_LINE = "[^\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*";
    public static final String PLAIN_LINE_RULE =
            "must be one line of plain text, without control characters or invisible text-direction marks";

    @Override
    public String toString() {
        return "NewAccount[" + username + ", roles " + roles + "]"; // never the password
    }
}
