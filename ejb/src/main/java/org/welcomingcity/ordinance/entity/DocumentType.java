package org.welcomingcity.ordinance.entity;

/**
 * What the agency presented, as classified by the officer (brief section 5, rule 2).
 * NONE is an informal ask; OTHER is anything unidentified, which the packs treat as non-judicial.
 */
public enum DocumentType {
    NONE,
    DETAINER,
    ADMINISTRATIVE_WARRANT,
    NCIC_IMMIGRATION_HIT,
    ADMINISTRATIVE_SUBPOENA,
    JUDICIAL_WARRANT,
    COURT_ORDER,
    GRAND_JURY_SUBPOENA,
    FOIA_REQUEST,
    OTHER;

    /** Signed by a judge or issued by a court; an immigration judge does not count. */
    public boolean isJudicial() {
        return this == JUDICIAL_WARRANT || this == COURT_ORDER || this == GRAND_JURY_SUBPOENA;
    }
}
