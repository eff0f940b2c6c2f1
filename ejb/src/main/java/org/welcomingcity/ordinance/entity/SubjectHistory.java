package org.welcomingcity.ordinance.entity;

import java.util.Collection;

/**
 * What a records check showed about the person, only as far as historical carve-outs use it.
 * Deliberately nothing about nationality: the engine never takes the person's status as input.
 */
public record SubjectHistory(boolean outstandingCriminalWarrant, boolean felonyConviction,
        boolean pendingFelonyCharge, boolean gangDatabase) {

    public static final SubjectHistory NONE = new SubjectHistory(false, false, false, false);

    public static SubjectHistory of(Collection<SubjectFact> facts) {
        return new SubjectHistory(facts.contains(SubjectFact.OUTSTANDING_CRIMINAL_WARRANT),
                facts.contains(SubjectFact.FELONY_CONVICTION),
                facts.contains(SubjectFact.PENDING_FELONY_CHARGE),
                facts.contains(SubjectFact.GANG_DATABASE));
    }

    public boolean has(SubjectFact fact) {
        return fact.isTrueOf(this);
    }
}
