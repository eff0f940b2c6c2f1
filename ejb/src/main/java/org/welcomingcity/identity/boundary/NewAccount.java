package org.welcomingcity.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;

/** What an administrator gives to open an account. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}",
                message = "must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter")
        String username,
        @NotBlank @Size(max = 128) String displayName,
        @Size(max = 64) String unit,
        @NotEmpty Set<Role> roles,
        @NotNull @Size(min = 12, max = 128, message = "must be 12 to 128 characters") String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", roles " + roles + "]"; // never the password
    }
}
