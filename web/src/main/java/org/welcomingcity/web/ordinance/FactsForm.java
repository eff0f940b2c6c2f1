package org.welcomingcity.web.ordinance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectFact;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * The facts of an ask as the officer enters them, without the date, so one form serves both the
 * single evaluation and the comparison of two dates. Consent and custody start at the engine's
 * safe defaults; what was presented and asked has no default, so nobody evaluates a guess.
 * Deliberately no field for the person's citizenship or immigration status.
 */
public class FactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DocumentType documentType;
    private RequestedAction action;
    private Purpose purpose;
    private Consent consent = Consent.NONE;
    private Custody custody = Custody.CPD;
    private final EnumSet<SubjectFact> subject = EnumSet.noneOf(SubjectFact.class);

    public Facts on(LocalDate eventDate) {
        return new Facts(eventDate, documentType, action, purpose, consent, SubjectHistory.of(subject), custody);
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public RequestedAction[] getActions() {
        return RequestedAction.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Consent[] getConsents() {
        return Consent.values();
    }

    public Custody[] getCustodies() {
        return Custody.values();
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public RequestedAction getAction() {
        return action;
    }

    public void setAction(RequestedAction action) {
        this.action = action;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }

    public Custody getCustody() {
        return custody;
    }

    public void setCustody(Custody custody) {
        this.custody = custody;
    }

    public boolean isOutstandingCriminalWarrant() {
        return subject.contains(SubjectFact.OUTSTANDING_CRIMINAL_WARRANT);
    }

    public void setOutstandingCriminalWarrant(boolean value) {
        mark(SubjectFact.OUTSTANDING_CRIMINAL_WARRANT, value);
    }

    public boolean isFelonyConviction() {
        return subject.contains(SubjectFact.FELONY_CONVICTION);
    }

    public void setFelonyConviction(boolean value) {
        mark(SubjectFact.FELONY_CONVICTION, value);
    }

    public boolean isPendingFelonyCharge() {
        return subject.contains(SubjectFact.PENDING_FELONY_CHARGE);
    }

    public void setPendingFelonyCharge(boolean value) {
        mark(SubjectFact.PENDING_FELONY_CHARGE, value);
    }

    public boolean isGangDatabase() {
        return subject.contains(SubjectFact.GANG_DATABASE);
    }

    public void setGangDatabase(boolean value) {
        mark(SubjectFact.GANG_DATABASE, value);
    }

    private void mark(SubjectFact fact, boolean value) {
        if (value) {
            subject.add(fact);
        } else {
            subject.remove(fact);
        }
    }
}
