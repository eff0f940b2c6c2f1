package org.welcomingcity.ordinance.entity;

/**
 * What the law says about one ask, most restrictive first: the declaration order is the
 * order of restriction, so layering packs is taking the minimum.
 */
public enum Outcome {
    DECLINE("Prohibited: decline, and the supervisor records the reason."),
    LEGAL("Legal sign-off first: nothing is done or disclosed until the legal department decides."),
    /**
     * Not an enforcement request (a public-records request): it leaves this workflow and nothing is
     * answered here. Below LEGAL: an ask that needs legal keeps the whole request in review.
     */
    REFER("Not an enforcement request: refer it to the department's FOIA officer; nothing is answered from here."),
    SUPERVISOR("A supervisor must review and decide before anything is done."),
    PERMITTED("Allowed after the normal review."),
    NO_ACTION("Lawful to do nothing (for example, release the person).");

    private final String meaning;

    Outcome(String meaning) {
        this.meaning = meaning;
    }

    /** One sentence for officers: what this outcome asks them to do. */
    public String meaning() {
        return meaning;
    }

    public boolean isMoreRestrictiveThan(Outcome other) {
        return compareTo(other) < 0;
    }

    public Outcome mostRestrictive(Outcome other) {
        return other.isMoreRestrictiveThan(this) ? other : this;
    }
}
