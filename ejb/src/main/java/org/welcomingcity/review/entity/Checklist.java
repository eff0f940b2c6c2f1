package org.welcomingcity.review.entity;

/**
 * What the legal reviewer confirmed about the document before approving: for a court order or
 * judicial warrant the first four, for written consent the last two.
 */
public record Checklist(boolean issuedByCourt, boolean signedByJudge, boolean caseNumberShown,
        boolean requirementStated, boolean consentValid, boolean consentSignedByRightPerson) {

    public static final Checklist NONE = new Checklist(false, false, false, false, false, false);

    public boolean judicialConfirmed() {
        return issuedByCourt && signedByJudge && caseNumberShown && requirementStated;
    }

    /** A grand jury or a court issues a grand-jury subpoena, and no judge signs one: the signature is not asked. */
    public boolean grandJurySubpoenaConfirmed() {
        return issuedByCourt && caseNumberShown && requirementStated;
    }

    public boolean consentConfirmed() {
        return consentValid && consentSignedByRightPerson;
    }
}
