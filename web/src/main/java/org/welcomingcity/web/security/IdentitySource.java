package org.welcomingcity.web.security;

import java.util.Locale;

/** Where people's identities come from, chosen with {@code welcoming.identity.store}. */
public enum IdentitySource {
    /** The application's own accounts, passwords hashed in its database (the default). */
    DATABASE,
    /** The city's LDAP directory or Active Directory, for the pages and the API. */
    LDAP,
    /** The city's OpenID Connect provider for the pages; the API keeps the database accounts. */
    OIDC;

    public static final String KEY = "welcoming.identity.store";

    public static IdentitySource of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(KEY + " must be database, ldap or oidc, not '" + value + "'", unknown);
        }
    }

    /** Whether the application's own accounts sign in: for everything, or (with OIDC) for the API. */
    public boolean usesAccounts() {
        return this != LDAP;
    }
}
