package org.welcomingcity.audit.entity;

import java.util.Objects;

/**
 * What a use case says happened, before the trail gives it a place in the chain. The
 * detail is a small JSON object with ids only, never personal data.
 */
public record AuditRecord(String actor, String actorRole, String action, String target, AuditOutcome outcome,
        String origin, String detail) {

    static final int MAX_DETAIL = 2000;

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        actor = clip(actor, 64);
        actorRole = clip(actorRole, 16);
        target = clip(target, 128);
        origin = clip(origin, 64);
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("audit detail longer than " + MAX_DETAIL + " characters");
        }
    }

    /** Values that come from outside (user names typed at log-on) are cut to the column and stripped of line breaks. */
    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String oneLine = value.replaceAll("[\\r\\n\\t]", "_");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }
}
