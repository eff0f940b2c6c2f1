package org.welcomingcity.ordinance.entity;

import java.util.function.Predicate;

/**
 * The four criminal-history facts behind the 2012 carve-outs (MCC 2-173-042(c)), named so
 * rule packs can refer to them in subjectAny / subjectNone conditions.
 */
public enum SubjectFact {
    OUTSTANDING_CRIMINAL_WARRANT(SubjectHistory::outstandingCriminalWarrant),
    FELONY_CONVICTION(SubjectHistory::felonyConviction),
    PENDING_FELONY_CHARGE(SubjectHistory::pendingFelonyCharge),
    GANG_DATABASE(SubjectHistory::gangDatabase);

    private final Predicate<SubjectHistory> test;

    SubjectFact(Predicate<SubjectHistory> test) {
        this.test = test;
    }

    public boolean isTrueOf(SubjectHistory subject) {
        return test.test(subject);
    }
}
