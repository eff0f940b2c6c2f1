package org.welcomingcity.web.security.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * ID tokens signed here with keys made for the test, each spoilt in one way, against the
 * provider's key set served from memory: what the provider publishes can change mid-test.
 */
class IdTokenVerifierTest {

    private static final String ISSUER = "https://id.city.test/realms/city";
    private static final String CLIENT = "welcoming";
    private static final String NONCE = "n-1";
    private static final RSAKey KEY = rsa("k1");
    private static final RSAKey OTHER_KEY = rsa("k1"); // same id, other key: a forgery
    private static final RSAKey ROTATED_KEY = rsa("k2");

    /** The keys the provider publishes right now, and how often they were fetched. */
    private final List<RSAKey> published = new ArrayList<>(List.of(KEY));
    private final AtomicInteger fetches = new AtomicInteger();

    private final IdTokenVerifier verifier = verifier(IdTokenVerifier.LogOnRequirements.NONE);

    private IdTokenVerifier verifier(IdTokenVerifier.LogOnRequirements requirements) {
        try {
            return new IdTokenVerifier(ISSUER, CLIENT, Set.of(JWSAlgorithm.RS256),
                    ProviderKeySet.of("https://id.city.test/realms/city/certs", address -> {
                        fetches.incrementAndGet();
                        return new JWKSet(List.copyOf(published)).toPublicJWKSet().toString();
                    }), requirements, Clock.systemUTC());
        } catch (RejectedSignIn e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("u-1").audience(CLIENT)
                .expirationTime(Date.from(now.plusSeconds(300))).issueTime(Date.from(now))
                .claim("nonce", NONCE).claim("preferred_username", "dana");
    }

    private static String token(JWTClaimsSet.Builder claims, RSAKey signer) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static String token(JWTClaimsSet.Builder claims) throws JOSEException {
        return token(claims, KEY);
    }

    private JsonObject verify(String token) throws RejectedSignIn {
        return verifier.verify(token, NONCE);
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verify(token)).isInstanceOf(RejectedSignIn.class).hasMessageContaining(reason);
    }

    @Test
    void aGoodTokenGivesItsClaims() throws Exception {
        JsonObject claims = verify(token(claims()));

        assertThat(claims.getString("preferred_username")).isEqualTo("dana");
        assertThat(claims.getString("sub")).isEqualTo("u-1");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheProvidersKeyIdIsRefused() throws Exception {
        assertRefused(token(claims(), OTHER_KEY), "signature is wrong");
    }

    @Test
    void aKeyTheProviderRotatesInIsFetchedOnceATokenNamesIt() throws Exception {
        verify(token(claims()));
        assertThat(fetches).as("cached after the first fetch").hasValue(1);
        verify(token(claims()));
        assertThat(fetches).hasValue(1);

        published.add(ROTATED_KEY);
        JsonObject claims = verify(token(claims(), ROTATED_KEY));

        assertThat(claims.getString("sub")).isEqualTo("u-1");
        assertThat(fetches).as("fetched again for the unknown key id").hasValue(2);
    }

    @Test
    void aKeyIdTheProviderNeverPublishedIsRefusedAndCannotMakeUsFetchWithoutLimit() throws Exception {
        verify(token(claims()));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verify(token(claims(), rsa("made-up")))).isInstanceOf(RejectedSignIn.class);
        }
        assertThat(fetches.get()).as("rate-limited").isLessThanOrEqualTo(2);
    }

    @Test
    void anExpiredTokenIsRefusedAfterTheSmallClockSkew() throws Exception {
        Instant now = Instant.now();
        assertRefused(token(claims().expirationTime(Date.from(now.minusSeconds(120)))), "expired");
        assertRefused(token(claims().notBeforeTime(Date.from(now.plusSeconds(600)))), "not valid yet");
        assertThat(verify(token(claims().expirationTime(Date.from(now.minusSeconds(10))))).getString("sub"))
                .as("within the skew").isEqualTo("u-1");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(token(claims().issuer("https://evil.test")), "another issuer");
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        assertRefused(token(claims().audience("other-app")), "meant for another client");
    }

    @Test
    void severalAudiencesNeedTheAuthorizedPartyToBeUs() throws Exception {
        JWTClaimsSet.Builder both = claims().audience(List.of(CLIENT, "other-app"));
        assertRefused(token(both), "issued to another client");
        assertRefused(token(claims().audience(List.of(CLIENT, "other-app")).claim("azp", "other-app")),
                "issued to another client");

        assertThat(verify(token(both.claim("azp", CLIENT))).getString("sub")).isEqualTo("u-1");
    }

    @Test
    void aTokenWithoutTheNonceOfThisSignInIsRefused() throws Exception {
        assertRefused(token(claims().claim("nonce", null)), "another sign-in");
        assertRefused(token(claims().claim("nonce", "n-2")), "another sign-in");
    }

    @Test
    void onlyTheProvidersPublicKeyAlgorithmsAreAccepted() throws Exception {
        SignedJWT withSecret = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                claims().build());
        withSecret.sign(new MACSigner(new byte[32]));
        assertRefused(withSecret.serialize(), "unknown key or algorithm");
        assertRefused(new PlainJWT(claims().build()).serialize(), "not a signed JWT");
        assertRefused("not-a-token", "cannot be read");
    }

    @Test
    void aRequiredAuthenticationClassMustBeTheOneThePersonUsed() throws Exception {
        IdTokenVerifier strict = verifier(new IdTokenVerifier.LogOnRequirements(Set.of("mfa", "phr"), Optional.empty()));

        assertThat(strict.verify(token(claims().claim("acr", "mfa")), NONCE).getString("acr")).isEqualTo("mfa");
        assertThatThrownBy(() -> strict.verify(token(claims().claim("acr", "pwd")), NONCE))
                .hasMessageContaining("(acr)");
        assertThatThrownBy(() -> strict.verify(token(claims()), NONCE)).hasMessageContaining("(acr)");
    }

    @Test
    void anAuthenticationOlderThanTheMaximumAgeIsRefused() throws Exception {
        IdTokenVerifier recent = verifier(new IdTokenVerifier.LogOnRequirements(Set.of(),
                Optional.of(Duration.ofMinutes(5))));
        long now = Instant.now().getEpochSecond();

        assertThat(recent.verify(token(claims().claim("auth_time", now - 60)), NONCE).getString("sub")).isEqualTo("u-1");
        assertThatThrownBy(() -> recent.verify(token(claims().claim("auth_time", now - 3600)), NONCE))
                .hasMessageContaining("(max_age)");
        assertThatThrownBy(() -> recent.verify(token(claims()), NONCE)).hasMessageContaining("(max_age)");
    }
}
