package org.welcomingcity.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of an event over a canonical serialisation: every field in a fixed order, each
 * prefixed with its length so that no two different events serialise alike, the time as
 * epoch microseconds, and the previous event's hash last. Changing the serialisation breaks
 * every chain.
 * <p>
 * Two schemes: events recorded since the audit key exists are sealed with HMAC-SHA256 under
 * that key, which is kept outside the database, so that someone who can write to the database
 * cannot compute a valid hash for an event they forge or change. Events recorded before carry
 * plain SHA-256 and are verified as such. One instance per thread: it reuses its digest.
 */
public final class EventHash {

    /** The predecessor of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest digest;
    private final Mac mac;

    private EventHash(MessageDigest digest, Mac mac) {
        this.digest = digest;
        this.mac = mac;
    }

    /** The scheme of the events recorded before the audit key: anyone can recompute it. */
    public static EventHash plain() {
        try {
            return new EventHash(MessageDigest.getInstance("SHA-256"), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** The scheme of every event recorded since: HMAC-SHA256 under the audit key. */
    public static EventHash keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new EventHash(null, mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    /** The same hash for another thread, without looking the algorithm up and keying it again. */
    public EventHash copy() {
        try {
            return mac == null ? new EventHash((MessageDigest) digest.clone(), null) : new EventHash(null, (Mac) mac.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JDK's " + (mac == null ? "SHA-256" : "HMAC-SHA256") + " cannot be copied", e);
        }
    }

    public boolean isKeyed() {
        return mac != null;
    }

    public String of(long sequence, Instant occurredAt, String actor, String actorRole, String action,
            String target, AuditOutcome outcome, String origin, String detail, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(sequence));
        append(canonical, Long.toString(epochMicros(occurredAt)));
        append(canonical, actor);
        append(canonical, actorRole);
        append(canonical, action);
        append(canonical, target);
        append(canonical, outcome.name());
        append(canonical, origin);
        append(canonical, detail);
        append(canonical, previousHash);
        byte[] bytes = canonical.toString().getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(mac == null ? digest.digest(bytes) : mac.doFinal(bytes));
    }

    /** The precision the databases keep; an event is stored at exactly this precision. */
    public static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    private static void append(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-;");
        } else {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
    }
}
