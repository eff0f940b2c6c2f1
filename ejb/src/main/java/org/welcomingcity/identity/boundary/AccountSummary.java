package org.welcomingcity.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/** An account as administrators see it: never the password hash. */
public record AccountSummary(String username, String displayName, String unit, Set<Role> roles,
        boolean enabled, OffsetDateTime createdAt) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.username(), account.displayName(), account.unit(),
                account.roles(), account.enabled(), account.createdAt());
    }
}
