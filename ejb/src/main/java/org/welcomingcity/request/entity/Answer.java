package org.welcomingcity.request.entity;

/**
 * Where one ask of a request stands: each ask gets its own answer, so a lawful part of a
 * request is not refused with the rest, and nothing unlawful is let through with it. Until a
 * supervisor decides, an ask is OPEN, and the safe default holds: nothing done, nothing shared.
 */
public enum Answer {
    /** Not decided yet. */
    OPEN,
    /** Permitted by the supervisor, as the law allows. */
    PERMITTED,
    /** Declined by the supervisor. */
    DECLINED,
    /** Waiting for the legal department. */
    WITH_LEGAL,
    /** Approved by the legal department. */
    APPROVED,
    /** Refused by the legal department. */
    REFUSED;

    /** May be done (or shared, within legal's scope). */
    public boolean isYes() {
        return this == PERMITTED || this == APPROVED;
    }

    /** Must not be done: a refusal the agency is told about. */
    public boolean isNo() {
        return this == DECLINED || this == REFUSED;
    }
}
