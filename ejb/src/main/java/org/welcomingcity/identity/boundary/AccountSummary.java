package org.welcomingcity.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * An account as administrators see it: never the password hash. The version (the account's
 * revision) goes back with a change, so that a change made meanwhile is not overwritten unseen.
 * External accounts belong to the directory or the identity provider. Service accounts are
 * systems calling the API, not people.
 */
public record AccountSummary(String username, String displayName, String unit, Set<Role> roles,
        boolean enabled, boolean locked, boolean mustChangePassword, OffsetDateTime createdAt,
        OffsetDateTime lastLogonAt, OffsetDateTime rolesChangedAt, long version, boolean external,
        boolean serviceAccount) {

    static AccountSummary of(Account account, OffsetDateTime now) {
        return new AccountSummary(account.username(), account.displayName(), account.unit(),
                account.roles(), account.enabled(), account.lockedAt(now), account.mustChangePassword(),
                account.createdAt(), account.lastLogonAt(), account.rolesChangedAt(), account.revision(),
                account.external(), account.serviceAccount());
    }
}
