package org.welcomingcity.web.security.provider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The provider's signing keys as Nimbus keeps them: cached, fetched again when the cache runs
 * out ({@link #TIME_TO_LIVE}) and at once when a token names a key we do not know, which is how
 * the provider's key rotation reaches us; such extra fetches are rate-limited, so tokens with
 * made-up key ids cannot make us hammer the provider.
 */
final class ProviderKeySet {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(15);
    static final Duration RATE_LIMIT = Duration.ofSeconds(30);

    /** Reads the key set document at an address. */
    @FunctionalInterface
    interface Fetch {
        String from(URI address) throws IOException;
    }

    private ProviderKeySet() {
    }

    static JWKSource<SecurityContext> of(String jwksUri, Fetch fetch) throws RejectedSignIn {
        URL address;
        try {
            address = URI.create(jwksUri).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new RejectedSignIn("the provider's jwks_uri is not a URL", e);
        }
        return JWKSourceBuilder.<SecurityContext>create(address, url -> {
            try {
                return new Resource(fetch.from(url.toURI()), "application/json");
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }).cache(TIME_TO_LIVE.toMillis(), FETCH_TIMEOUT.toMillis()).rateLimited(RATE_LIMIT.toMillis()).build();
    }

    /**
     * The public-key algorithms the provider says it signs ID tokens with; RS256, which every
     * provider must offer, when it names none. Never "none", never a MAC with a shared secret.
     */
    static Set<JWSAlgorithm> signingAlgorithms(JsonObject discovery) {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        if (discovery.get("id_token_signing_alg_values_supported") instanceof JsonArray named) {
            named.stream().filter(JsonString.class::isInstance)
                    .map(value -> JWSAlgorithm.parse(((JsonString) value).getString()))
                    .filter(JWSAlgorithm.Family.SIGNATURE::contains)
                    .forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        return algorithms;
    }
}
