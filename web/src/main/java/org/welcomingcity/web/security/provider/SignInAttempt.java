package org.welcomingcity.web.security.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secrets of one sign-in between the redirect to the provider and the way back: state
 * (ties the answer to this browser), nonce (ties the ID token to this attempt) and the PKCE
 * verifier (ties the code to this client). Kept in a short-lived cookie of its own rather than
 * the session, because the session cookie is SameSite=Strict and does not come back with the
 * provider's cross-site redirect.
 */
record SignInAttempt(String state, String nonce, String verifier) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    static SignInAttempt fresh() {
        return new SignInAttempt(random(), random(), random());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    String cookieValue() {
        return state + "." + nonce + "." + verifier;
    }

    static Optional<SignInAttempt> fromCookie(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        return parts.length == 3 ? Optional.of(new SignInAttempt(parts[0], parts[1], parts[2])) : Optional.empty();
    }

    /** The PKCE S256 challenge sent with the authorization request. */
    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** Whether the provider's answer carries this attempt's state, compared in constant time. */
    boolean matches(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }
}
