package org.welcomingcity.web.security.provider;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/** Who the provider says signed in, taken from a verified ID token: a name and the groups claim. */
record ProviderCredential(String caller, Set<String> groups) implements Credential {
}
