package org.welcomingcity.web.security.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: an RS256 signature by one of the
 * provider's keys (no other algorithm, never "none"), our issuer, our client among the
 * audiences, not expired, and the nonce of this sign-in.
 */
final class IdTokenVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String clientId;
    private final Clock clock;

    IdTokenVerifier(String issuer, String clientId, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
    }

    JsonObject verify(String token, String nonce, Function<String, Optional<PublicKey>> keys) throws RejectedSignIn {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new RejectedSignIn("the ID token is not a signed JWT");
        }
        JsonObject header = decode(parts[0]);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new RejectedSignIn("the ID token is not signed with RS256");
        }
        PublicKey key = keys.apply(header.getString("kid", null))
                .orElseThrow(() -> new RejectedSignIn("the ID token is signed with an unknown key"));
        if (!signatureMatches(key, parts)) {
            throw new RejectedSignIn("the ID token's signature is wrong");
        }
        JsonObject claims = decode(parts[1]);
        try {
            checkClaims(claims, nonce);
        } catch (ClassCastException wrongType) {
            throw new RejectedSignIn("the ID token has a claim of the wrong type", wrongType);
        }
        return claims;
    }

    private void checkClaims(JsonObject claims, String nonce) throws RejectedSignIn {
        if (!issuer.equals(claims.getString("iss", ""))) {
            throw new RejectedSignIn("the ID token comes from another issuer");
        }
        if (!audienceIncludesUs(claims)) {
            throw new RejectedSignIn("the ID token is meant for another client");
        }
        Instant now = clock.instant();
        if (!claims.containsKey("exp") || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue())
                .plus(CLOCK_SKEW).isBefore(now)) {
            throw new RejectedSignIn("the ID token has expired");
        }
        if (claims.containsKey("iat") && Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue())
                .minus(CLOCK_SKEW).isAfter(now)) {
            throw new RejectedSignIn("the ID token was issued in the future");
        }
        if (!nonce.equals(claims.getString("nonce", ""))) {
            throw new RejectedSignIn("the ID token belongs to another sign-in");
        }
        if (claims.getString("sub", "").isEmpty()) {
            throw new RejectedSignIn("the ID token names no subject");
        }
    }

    private boolean audienceIncludesUs(JsonObject claims) {
        JsonValue audience = claims.get("aud");
        if (audience instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        if (audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY) {
            boolean listed = audience.asJsonArray().getValuesAs(JsonString.class).stream()
                    .anyMatch(value -> clientId.equals(value.getString()));
            boolean several = audience.asJsonArray().size() > 1;
            return listed && (!several || clientId.equals(claims.getString("azp", clientId)));
        }
        return false;
    }

    private static boolean signatureMatches(PublicKey key, String[] parts) throws RejectedSignIn {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RejectedSignIn("the ID token's signature cannot be checked", e);
        }
    }

    private static JsonObject decode(String part) throws RejectedSignIn {
        try {
            String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
            return Json.createReader(new StringReader(json)).readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new RejectedSignIn("the ID token cannot be read", e);
        }
    }
}
