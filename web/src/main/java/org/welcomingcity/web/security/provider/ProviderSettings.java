package org.welcomingcity.web.security.provider;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/** The city's OpenID provider, this application's registration with it, and the claims it reads. */
record ProviderSettings(String issuer, String clientId, String clientSecret, String scopes, String groupsClaim,
        String nameClaim, String displayName, Optional<String> redirectUri, Optional<String> prompt,
        Duration timeout, Optional<String> unitClaim, IdTokenVerifier.LogOnRequirements logOn) {

    static final String PREFIX = "welcoming.identity.oidc.";

    static ProviderSettings from(Config config) {
        String scopes = config.getOptionalValue(PREFIX + "scopes", String.class).orElse("openid profile");
        return new ProviderSettings(
                withoutTrailingSlash(config.getValue(PREFIX + "provider-url", String.class)),
                config.getValue(PREFIX + "client-id", String.class),
                config.getValue(PREFIX + "client-secret", String.class),
                scopes.contains("openid") ? scopes : "openid " + scopes,
                config.getOptionalValue(PREFIX + "groups-claim", String.class).orElse("groups"),
                config.getOptionalValue(PREFIX + "name-claim", String.class).orElse("preferred_username"),
                config.getOptionalValue(PREFIX + "provider-name", String.class).orElse("the city's identity provider"),
                config.getOptionalValue(PREFIX + "redirect-uri", String.class),
                config.getOptionalValue(PREFIX + "prompt", String.class),
                Duration.ofSeconds(config.getOptionalValue(PREFIX + "timeout-seconds", Integer.class).orElse(10)),
                config.getOptionalValue(PREFIX + "unit-claim", String.class),
                new IdTokenVerifier.LogOnRequirements(acrValues(config), maxAge(config)));
    }

    /** {@code acr-values}: the authentication classes (multi-factor, say) the provider must have used, space-separated. */
    private static Set<String> acrValues(Config config) {
        return config.getOptionalValue(PREFIX + "acr-values", String.class).stream()
                .flatMap(values -> Arrays.stream(values.trim().split("\\s+"))).filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code max-age}: how many seconds ago the person may last have authenticated at the provider. */
    private static Optional<Duration> maxAge(Config config) {
        Optional<Integer> seconds = config.getOptionalValue(PREFIX + "max-age", Integer.class);
        if (seconds.isPresent() && seconds.get() < 0) {
            throw new IllegalArgumentException(PREFIX + "max-age must be a number of seconds, 0 or more");
        }
        return seconds.map(Duration::ofSeconds);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
