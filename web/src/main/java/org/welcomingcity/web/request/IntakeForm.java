package org.welcomingcity.web.request;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.Channel;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.IdentityCheck;
import org.welcomingcity.request.entity.Intake;

/**
 * The intake form as the officer fills it in: every field of an {@link Intake}, the time
 * received in the city's local time. Nothing is checked here: the use case names every fault
 * at once, the same way for the pages and the API. No field for citizenship or immigration status.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String eventNumber;
    private String oemcNumber;
    private LocalDateTime receivedAt;
    private Agency agency;
    private String agencyComponent;
    private String agentName;
    private String agentBadge;
    private String agentContact;
    private IdentityCheck identityCheck;
    private Channel channel;
    private DocumentType documentType;
    private String formNumber;
    private String signerTitle;
    private boolean courtCaption;
    private String subjectReference;
    private Custody custody;
    private RequestedAction[] asks = {};
    private Purpose purpose;
    private String statedPurpose;
    private Consent consent = Consent.NONE;
    private String consentSigner;
    private String consentRelationship;
    private LocalDate consentDate;
    private String consentLanguage;
    private String consentInterpreter;
    private final List<DocumentRow> furtherDocuments = new ArrayList<>();

    public Intake intake(ZoneId zone) {
        boolean consented = consent != null && consent != Consent.NONE;
        return new Intake(eventNumber, oemcNumber, receivedAt == null ? null : receivedAt.atZone(zone).toOffsetDateTime(),
                agency, agencyComponent, agentName, agentBadge, agentContact, identityCheck, channel, documentType,
                formNumber, signerTitle, courtCaption, subjectReference, custody,
                askSet(), purpose, statedPurpose, consent,
                // Consent details only travel with a consent, so a changed mind leaves nothing behind.
                consented ? consentSigner : null, consented ? consentRelationship : null,
                consented ? consentDate : null, consented ? consentLanguage : null,
                consented ? consentInterpreter : null,
                furtherDocumentClassifications());
    }

    /** One more document that came with the request; the page offers as many as the intake takes. */
    public void addDocument() {
        if (furtherDocuments.size() < Intake.MAX_FURTHER_DOCUMENTS) {
            furtherDocuments.add(new DocumentRow());
        }
    }

    public boolean isMoreDocumentsAllowed() {
        return furtherDocuments.size() < Intake.MAX_FURTHER_DOCUMENTS;
    }

    public List<DocumentRow> getFurtherDocuments() {
        return furtherDocuments;
    }

    /** What a supervisor may correct, taken from the same fields, every document included. */
    public Classification classification() {
        return new Classification(documentType, formNumber, signerTitle, courtCaption, askSet(), purpose, consent,
                custody, furtherDocumentClassifications());
    }

    private List<DocumentClassification> furtherDocumentClassifications() {
        return furtherDocuments.stream().filter(row -> !row.isEmpty()).map(DocumentRow::classification).toList();
    }

    private Set<RequestedAction> askSet() {
        return asks.length == 0 ? EnumSet.noneOf(RequestedAction.class) : EnumSet.copyOf(Arrays.asList(asks));
    }

    /** A form filled with what was recorded, for the officer to correct a returned request. */
    public static IntakeForm of(Intake intake, ZoneId zone) {
        IntakeForm form = new IntakeForm();
        form.eventNumber = intake.eventNumber();
        form.oemcNumber = intake.oemcNumber();
        form.receivedAt = intake.receivedAt() == null ? null
                : intake.receivedAt().atZoneSameInstant(zone).toLocalDateTime();
        form.agency = intake.agency();
        form.agencyComponent = intake.agencyComponent();
        form.agentName = intake.agentName();
        form.agentBadge = intake.agentBadge();
        form.agentContact = intake.agentContact();
        form.identityCheck = intake.identityCheck();
        form.channel = intake.channel();
        form.documentType = intake.documentType();
        form.formNumber = intake.formNumber();
        form.signerTitle = intake.signerTitle();
        form.courtCaption = intake.courtCaption();
        form.subjectReference = intake.subjectReference();
        form.custody = intake.custody();
        form.asks = intake.asks().toArray(RequestedAction[]::new);
        form.purpose = intake.purpose();
        form.statedPurpose = intake.statedPurpose();
        form.consent = intake.consent();
        form.consentSigner = intake.consentSigner();
        form.consentRelationship = intake.consentRelationship();
        form.consentDate = intake.consentDate();
        form.consentLanguage = intake.consentLanguage();
        form.consentInterpreter = intake.consentInterpreter();
        intake.documents().forEach(document -> form.furtherDocuments.add(DocumentRow.of(document)));
        return form;
    }

    public boolean isConsentGiven() {
        return consent != null && consent != Consent.NONE;
    }

    public String getEventNumber() { return eventNumber; }
    public void setEventNumber(String value) { eventNumber = value; }
    public String getOemcNumber() { return oemcNumber; }
    public void setOemcNumber(String value) { oemcNumber = value; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime value) { receivedAt = value; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency value) { agency = value; }
    public String getAgencyComponent() { return agencyComponent; }
    public void setAgencyComponent(String value) { agencyComponent = value; }
    public String getAgentName() { return agentName; }
    public void setAgentName(String value) { agentName = value; }
    public String getAgentBadge() { return agentBadge; }
    public void setAgentBadge(String value) { agentBadge = value; }
    public String getAgentContact() { return agentContact; }
    public void setAgentContact(String value) { agentContact = value; }
    public IdentityCheck getIdentityCheck() { return identityCheck; }
    public void setIdentityCheck(IdentityCheck value) { identityCheck = value; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel value) { channel = value; }
    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType value) { documentType = value; }
    public String getFormNumber() { return formNumber; }
    public void setFormNumber(String value) { formNumber = value; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String value) { signerTitle = value; }
    public boolean isCourtCaption() { return courtCaption; }
    public void setCourtCaption(boolean value) { courtCaption = value; }
    public String getSubjectReference() { return subjectReference; }
    public void setSubjectReference(String value) { subjectReference = value; }
    public Custody getCustody() { return custody; }
    public void setCustody(Custody value) { custody = value; }
    public RequestedAction[] getAsks() { return asks.clone(); }
    public void setAsks(RequestedAction[] value) { asks = value == null ? new RequestedAction[0] : value.clone(); }
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose value) { purpose = value; }
    public String getStatedPurpose() { return statedPurpose; }
    public void setStatedPurpose(String value) { statedPurpose = value; }
    public Consent getConsent() { return consent; }
    public void setConsent(Consent value) { consent = value; }
    public String getConsentSigner() { return consentSigner; }
    public void setConsentSigner(String value) { consentSigner = value; }
    public String getConsentRelationship() { return consentRelationship; }
    public void setConsentRelationship(String value) { consentRelationship = value; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate value) { consentDate = value; }
    public String getConsentLanguage() { return consentLanguage; }
    public void setConsentLanguage(String value) { consentLanguage = value; }
    public String getConsentInterpreter() { return consentInterpreter; }
    public void setConsentInterpreter(String value) { consentInterpreter = value; }
}
