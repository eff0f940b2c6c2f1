package org.welcomingcity.web.security.provider;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * Who the provider says signed in, taken from a verified ID token: a name, the groups claim,
 * and the person's full name and unit where the token has them.
 */
record ProviderCredential(String caller, Set<String> groups, String displayName, String unit) implements Credential {
}
