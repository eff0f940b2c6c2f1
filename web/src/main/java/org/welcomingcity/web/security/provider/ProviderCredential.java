package org.welcomingcity.web.security.provider;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * Who the provider says signed in, taken from a verified ID token: a name, who they are for
 * good (the issuer and the subject, which the provider never gives to anyone else), the groups
 * claim, and the person's full name and unit where the token has them.
 */
record ProviderCredential(String caller, String issuer, String subject, Set<String> groups, String displayName,
        String unit) implements Credential {

    /** The person's id across log-ons: a user name such as {@code preferred_username} may pass to someone else. */
    String externalId() {
        return "oidc:" + issuer + " " + subject;
    }
}
