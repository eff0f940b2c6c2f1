package org.welcomingcity.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, user name and password pairs that were verified: API clients
 * send HTTP Basic credentials with every request, and a deliberately slow password hash on
 * each of them would cap the API at a few dozen requests a second. Only successes are kept,
 * under an HMAC with a key that never leaves this process, so failed attempts are always
 * checked (and counted) against the store. A remembered success is used only while the caller's
 * check says it is still current, so a disabled, reset or re-roled account stops working at once.
 * Shared by the stores that check passwords (database and directory). Before each check the
 * slow way, {@code beforeChecking} may refuse it by throwing (the caller's allowance spent).
 */
public final class VerifiedCredentials<T> {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Runnable beforeChecking;

    private record Entry<T>(T value, Instant expires) {
    }

    public VerifiedCredentials(Duration timeToLive, Clock clock, Runnable beforeChecking) {
        this.timeToLive = timeToLive;
        this.beforeChecking = beforeChecking;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The remembered result for this pair, or the verifier's, which is remembered when {@code accept} says so. */
    public T verify(String username, String password, Supplier<T> verifier, Predicate<T> accept) {
        return verify(username, password, verifier, accept, remembered -> true);
    }

    /**
     * The remembered result for this pair while {@code current} accepts it, or else the verifier's,
     * which is remembered when {@code accept} says so.
     */
    public T verify(String username, String password, Supplier<T> verifier, Predicate<T> accept, Predicate<T> current) {
        return verify(username, password, verifier, accept, current, expired -> null);
    }

    /**
     * As above; when the remembered result's time has run out (and it is still current), the
     * {@code renewer} may vouch for it again more cheaply than the verifier (null: it cannot),
     * and its answer is remembered afresh when {@code accept} says so.
     */
    public T verify(String username, String password, Supplier<T> verifier, Predicate<T> accept, Predicate<T> current,
            UnaryOperator<T> renewer) {
        if (timeToLive.isZero()) {
            beforeChecking.run();
            return verifier.get();
        }
        String fingerprint = fingerprint(username, password);
        Instant now = clock.instant();
        Entry<T> entry = entries.get(fingerprint);
        if (entry != null && current.test(entry.value())) {
            if (entry.expires().isAfter(now)) {
                return entry.value();
            }
            T renewed = renewer.apply(entry.value());
            if (renewed != null && accept.test(renewed)) {
                return remember(fingerprint, renewed, now);
            }
        }
        beforeChecking.run();
        T result = verifier.get();
        return accept.test(result) ? remember(fingerprint, result, now) : result;
    }

    private T remember(String fingerprint, T result, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // bounded memory; the next requests simply verify again
        }
        entries.put(fingerprint, new Entry<>(result, now.plus(timeToLive)));
        return result;
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
