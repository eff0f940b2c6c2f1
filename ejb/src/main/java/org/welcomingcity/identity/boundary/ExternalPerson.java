package org.welcomingcity.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.identity.entity.AccountColumns;

/**
 * A person the city's directory or identity provider vouched for at log-on ({@code source}:
 * {@code ldap} or {@code oidc}), known by {@code externalId}, what the source never changes about
 * them (the entry's id; the issuer and subject). The name and unit are what the directory says,
 * tidied to fit the account: no name gives the user name, a blank unit none, and either is cut
 * to its column.
 */
public record ExternalPerson(@NotBlank @Size(max = AccountColumns.USERNAME) String username,
        @NotBlank @Size(max = AccountColumns.EXTERNAL_ID) String externalId, String displayName, String unit,
        @NotEmpty Set<Role> roles, @NotBlank String source) {

    public ExternalPerson {
        displayName = cut(displayName == null || displayName.isBlank() ? username : displayName.strip(), AccountColumns.DISPLAY_NAME);
        unit = unit == null || unit.isBlank() ? null : cut(unit.strip(), AccountColumns.UNIT);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
