package org.welcomingcity.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical serialisation of an event: every field in a fixed order, each
 * prefixed with its length so that no two different events serialise alike, the time as
 * epoch microseconds, and the previous event's hash last. Changing this breaks every chain.
 */
public final class EventHash {

    /** The predecessor of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private EventHash() {
    }

    public static String of(long sequence, Instant occurredAt, String actor, String actorRole, String action,
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
        return sha256(canonical.toString());
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

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
