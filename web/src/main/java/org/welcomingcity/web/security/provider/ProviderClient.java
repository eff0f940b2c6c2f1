package org.welcomingcity.web.security.provider;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to the provider: its discovery document (fetched when first needed and kept), its key
 * set (see {@link ProviderKeySet}), the authorization request and the code exchange.
 */
final class ProviderClient {

    private final ProviderSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private volatile JsonObject discovery;
    private volatile IdTokenVerifier verifier;

    ProviderClient(ProviderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    ProviderSettings settings() {
        return settings;
    }

    URI authorization(SignInAttempt attempt, String redirectUri) throws RejectedSignIn {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", settings.scopes());
        query.put("state", attempt.state());
        query.put("nonce", attempt.nonce());
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        settings.prompt().ifPresent(prompt -> query.put("prompt", prompt));
        if (!settings.logOn().acrValues().isEmpty()) {
            query.put("acr_values", String.join(" ", settings.logOn().acrValues()));
        }
        settings.logOn().maxAge().ifPresent(maxAge -> query.put("max_age", Long.toString(maxAge.toSeconds())));
        String endpoint = endpoint("authorization_endpoint");
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
    }

    /** Trades the code for tokens (client_secret_basic) and returns the ID token. */
    String exchange(String code, SignInAttempt attempt, String redirectUri) throws RejectedSignIn {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", attempt.verifier());
        String client = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject tokens = json(request, "the provider refused the code");
        String idToken = tokens.getString("id_token", "");
        if (idToken.isEmpty()) {
            throw new RejectedSignIn("the provider returned no ID token");
        }
        return idToken;
    }

    JsonObject verify(String idToken, String nonce) throws RejectedSignIn {
        return verifier().verify(idToken, nonce);
    }

    private IdTokenVerifier verifier() throws RejectedSignIn {
        if (verifier == null) {
            JsonObject document = discovery();
            verifier = new IdTokenVerifier(document.getString("issuer"), settings.clientId(),
                    ProviderKeySet.signingAlgorithms(document), ProviderKeySet.of(endpoint("jwks_uri"), this::fetch),
                    settings.logOn(), clock);
        }
        return verifier;
    }

    /** The provider's key set as text, for the key source that caches it. */
    private String fetch(URI address) throws IOException {
        try {
            HttpResponse<String> response = http.send(get(address.toString()), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("The provider's keys are not available (HTTP " + response.statusCode() + ")");
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching the provider's keys", e);
        }
    }

    private JsonObject discovery() throws RejectedSignIn {
        if (discovery == null) {
            JsonObject document = json(get(settings.issuer() + "/.well-known/openid-configuration"),
                    "the provider's discovery document is not available");
            if (!settings.issuer().equals(document.getString("issuer", ""))) {
                throw new RejectedSignIn("the provider's discovery document names another issuer");
            }
            discovery = document;
        }
        return discovery;
    }

    private String endpoint(String name) throws RejectedSignIn {
        String url = discovery().getString(name, "");
        if (url.isEmpty()) {
            throw new RejectedSignIn("the provider's discovery document has no " + name);
        }
        return url;
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Accept", "application/json").GET().build();
    }

    private JsonObject json(HttpRequest request, String failure) throws RejectedSignIn {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new RejectedSignIn(failure + " (HTTP " + response.statusCode() + ")");
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException | JsonException e) {
            throw new RejectedSignIn(failure, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedSignIn(failure, e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
