package org.welcomingcity.web.security.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** ID tokens signed here with a fresh key, each spoilt in one way. */
class IdTokenVerifierTest {

    private static final String ISSUER = "https://id.city.test/realms/city";
    private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    private static final KeyPair KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();

    private final IdTokenVerifier verifier = new IdTokenVerifier(ISSUER, "welcoming", Clock.fixed(NOW, ZoneOffset.UTC));
    private final Function<String, Optional<PublicKey>> keys =
            kid -> "k1".equals(kid) ? Optional.of(KEY.getPublic()) : Optional.empty();

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("sub", "u-1").add("aud", "welcoming")
                .add("exp", NOW.plusSeconds(300).getEpochSecond()).add("iat", NOW.getEpochSecond())
                .add("nonce", "n-1").add("preferred_username", "dana");
    }

    private static String token(String alg, String kid, JsonObject claims, KeyPair signer) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString(Json.createObjectBuilder().add("alg", alg).add("kid", kid).build()
                .toString().getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer.getPrivate());
        signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + url.encodeToString(signature.sign());
    }

    private static String token(JsonObject claims) throws Exception {
        return token("RS256", "k1", claims, KEY);
    }

    @Test
    void aGoodTokenGivesItsClaims() throws Exception {
        JsonObject claims = verifier.verify(token(claims().build()), "n-1", keys);

        assertThat(claims.getString("preferred_username")).isEqualTo("dana");
    }

    @Test
    void anAudienceListMustNameUsAndSayWeAskedForIt() throws Exception {
        JsonObject listed = claims().add("aud", Json.createArrayBuilder().add("welcoming").add("other"))
                .add("azp", "welcoming").build();
        assertThat(verifier.verify(token(listed), "n-1", keys).getString("sub")).isEqualTo("u-1");

        JsonObject forAnother = claims().add("aud", Json.createArrayBuilder().add("welcoming").add("other"))
                .add("azp", "other").build();
        assertThatThrownBy(() -> verifier.verify(token(forAnother), "n-1", keys)).hasMessageContaining("another client");
    }

    @Test
    void eachSpoiltTokenIsRefusedWithItsReason() throws Exception {
        assertRefused(token(claims().add("iss", "https://evil.test").build()), "another issuer");
        assertRefused(token(claims().add("aud", "other-app").build()), "another client");
        assertRefused(token(claims().add("exp", NOW.minusSeconds(120).getEpochSecond()).build()), "expired");
        assertRefused(token(claims().add("iat", NOW.plusSeconds(3600).getEpochSecond()).build()), "future");
        assertRefused(token(claims().add("nonce", "n-2").build()), "another sign-in");
        assertRefused(token(claims().add("sub", "").build()), "no subject");
        assertRefused(token(claims().add("exp", "soon").build()), "wrong type");
    }

    @Test
    void onlyTheProvidersKeyAndOnlyRs256AreAccepted() throws Exception {
        assertRefused(token("RS256", "k1", claims().build(), OTHER_KEY), "signature is wrong");
        assertRefused(token("RS256", "k2", claims().build(), KEY), "unknown key");
        assertRefused(token("HS256", "k1", claims().build(), KEY), "RS256");
        String unsigned = token(claims().build());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(
                StandardCharsets.UTF_8)) + unsigned.substring(unsigned.indexOf('.'), unsigned.lastIndexOf('.') + 1);
        assertRefused(none, "RS256");
        assertRefused("not-a-token", "not a signed JWT");
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token, "n-1", keys))
                .isInstanceOf(RejectedSignIn.class).hasMessageContaining(reason);
    }
}
