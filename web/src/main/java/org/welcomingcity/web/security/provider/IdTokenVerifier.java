package org.welcomingcity.web.security.provider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks, with Nimbus JOSE+JWT: a signature
 * by one of the provider's keys in one of its public-key algorithms (never "none", never a
 * shared secret), our issuer, our client among the audiences (and as {@code azp} when there
 * are several), not expired nor used before its time, the nonce of this sign-in; and, where
 * configured, an allowed {@code acr} and an {@code auth_time} within the maximum age.
 * Each refusal names a fixed reason, safe for the audit trail.
 */
final class IdTokenVerifier {

    static final int CLOCK_SKEW_SECONDS = 60;

    private final String clientId;
    private final LogOnRequirements requirements;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** What the sign-in asked of the provider beyond a password: allowed {@code acr} values, a maximum age. */
    record LogOnRequirements(Set<String> acrValues, Optional<Duration> maxAge) {

        static final LogOnRequirements NONE = new LogOnRequirements(Set.of(), Optional.empty());
    }

    IdTokenVerifier(String issuer, String clientId, Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys,
            LogOnRequirements requirements, Clock clock) {
        this.clientId = clientId;
        this.requirements = requirements;
        this.clock = clock;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWTClaimsSetVerifier(new Rules(List.of( // times first: each of the library's checks also has them
                rule("the ID token has expired or is not valid yet",
                        new DefaultJWTClaimsVerifier<>(null, null, setOf("exp", "iat"), null)),
                rule("the ID token comes from another issuer", exactly(new JWTClaimsSet.Builder().issuer(issuer))),
                rule("the ID token is meant for another client",
                        new DefaultJWTClaimsVerifier<>(setOf(clientId), null, null, null)),
                new Rule("the ID token belongs to another sign-in", sent -> withSkew(exactly(
                        new JWTClaimsSet.Builder().claim("nonce", ((Nonce) sent).value())))))));
    }

    JsonObject verify(String token, String nonce) throws RejectedSignIn {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, new Nonce(nonce));
        } catch (ParseException unreadable) {
            throw new RejectedSignIn("the ID token cannot be read", unreadable);
        } catch (Refused refused) {
            throw new RejectedSignIn(refused.getMessage(), refused);
        } catch (BadJWSException badSignature) {
            throw new RejectedSignIn("the ID token's signature is wrong", badSignature);
        } catch (BadJOSEException refused) {
            throw new RejectedSignIn(String.valueOf(refused.getMessage()).contains("no matching key")
                    ? "the ID token is signed with an unknown key or algorithm"
                    : "the ID token is not a signed JWT of the provider", refused);
        } catch (JOSEException unavailable) {
            throw new RejectedSignIn("the provider's keys are not available", unavailable);
        }
        checkAuthorizedParty(claims);
        checkLogOn(claims);
        return Json.createReader(new StringReader(claims.toString())).readObject();
    }

    /** Several audiences: the token must say it was issued to us (Core 3.1.3.7, items 4 and 5). */
    private void checkAuthorizedParty(JWTClaimsSet claims) throws RejectedSignIn {
        Object azp = claims.getClaim("azp");
        if ((claims.getAudience().size() > 1 || azp != null) && !clientId.equals(azp)) {
            throw new RejectedSignIn("the ID token was issued to another client");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new RejectedSignIn("the ID token names no subject");
        }
    }

    private void checkLogOn(JWTClaimsSet claims) throws RejectedSignIn {
        String acr = text(claims, "acr");
        if (!requirements.acrValues().isEmpty() && (acr == null || !requirements.acrValues().contains(acr))) {
            throw new RejectedSignIn("the provider did not authenticate the person as strongly as required (acr)");
        }
        if (requirements.maxAge().isPresent()) {
            Instant authenticated = epochSeconds(claims, "auth_time");
            Instant oldest = clock.instant().minus(requirements.maxAge().get()).minusSeconds(CLOCK_SKEW_SECONDS);
            if (authenticated == null || authenticated.isBefore(oldest)) {
                throw new RejectedSignIn("the person's authentication at the provider is older than allowed (max_age)");
            }
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String string ? string : null;
    }

    private static Instant epochSeconds(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof Number number ? Instant.ofEpochSecond(number.longValue()) : null;
    }

    /** A set that may be asked whether it holds null, which some versions of the library do. */
    private static Set<String> setOf(String... values) {
        return new HashSet<>(Arrays.asList(values));
    }

    private static DefaultJWTClaimsVerifier<SecurityContext> exactly(JWTClaimsSet.Builder claims) {
        return new DefaultJWTClaimsVerifier<>(null, claims.build(), null, null);
    }

    private static Rule rule(String reason, DefaultJWTClaimsVerifier<SecurityContext> check) {
        DefaultJWTClaimsVerifier<SecurityContext> skewed = withSkew(check);
        return new Rule(reason, sent -> skewed);
    }

    private static DefaultJWTClaimsVerifier<SecurityContext> withSkew(DefaultJWTClaimsVerifier<SecurityContext> check) {
        check.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        return check;
    }

    /** The nonce this sign-in sent, handed to the claim rules with the token. */
    private record Nonce(String value) implements SecurityContext {
    }

    /** A check made for the sign-in at hand, and its reason when it fails. */
    private record Rule(String reason, Function<SecurityContext, DefaultJWTClaimsVerifier<SecurityContext>> check) {
    }

    /** The library's claim checks, each answering with its own fixed reason. */
    private record Rules(List<Rule> rules) implements JWTClaimsSetVerifier<SecurityContext> {

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            for (Rule rule : rules) {
                try {
                    rule.check().apply(context).verify(claims, context);
                } catch (BadJWTException refused) {
                    throw new Refused(rule.reason(), refused);
                }
            }
        }
    }

    /** A claim rule's refusal, its message one of the fixed reasons above. */
    private static final class Refused extends BadJWTException {

        private static final long serialVersionUID = 1L;

        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
