package org.welcomingcity.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.PlainText;
import org.welcomingcity.identity.entity.AccountColumns;

/**
 * What an administrator gives to open an account. The password is a first one only: the
 * holder must replace it at the first log-on. Its rules are the password policy's.
 */
public record NewAccount(
        @NotBlank @Size(max = AccountColumns.USERNAME) @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
        @NotBlank @Size(max = AccountColumns.DISPLAY_NAME) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.PROBLEM) String displayName,
        @Size(max = AccountColumns.UNIT) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.PROBLEM) String unit,
        @NotEmpty Set<Role> roles,
        @NotNull String password) {

    public static final String USERNAME = "[a-z][a-z0-9._-]{1,63}";
    public static final String USERNAME_RULE =
            "must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter";

    @Override
    public String toString() {
        return "NewAccount[" + username + ", roles " + roles + "]"; // never the password
    }
}
