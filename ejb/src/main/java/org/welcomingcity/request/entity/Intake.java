package org.welcomingcity.request.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.FieldRules;
import org.welcomingcity.problem.FreeText;
import org.welcomingcity.problem.Required;
import org.welcomingcity.problem.NoStatusClaim;

/**
 * What the officer records about a request (brief section 8), as given: any field may be
 * missing until the intake rules have checked it. What each field must be on its own is declared
 * on it (its size is its column's); the rules across fields are in {@code IntakeRules}. The
 * subject is a CPD record number only; there is no field for a person's citizenship or
 * immigration status, and there never will be.
 * The document fields describe the first document; {@code documents} are any further documents
 * that came with it (a detainer with a judicial warrant), each classified the same way.
 */
public record Intake(
        @Required @FreeText(max = RequestColumns.EVENT_NUMBER) String eventNumber,
        @Required @FreeText(max = RequestColumns.OEMC_NUMBER) String oemcNumber,
        @Required OffsetDateTime receivedAt,
        @Required Agency agency,
        @FreeText(max = RequestColumns.AGENCY_COMPONENT) String agencyComponent,
        @Required @FreeText(max = RequestColumns.AGENT_NAME) String agentName,
        @FreeText(max = RequestColumns.AGENT_BADGE) String agentBadge,
        @Required @FreeText(max = RequestColumns.AGENT_CONTACT) String agentContact,
        @Required IdentityCheck identityCheck,
        @Required Channel channel,
        @Required DocumentType documentType,
        @FreeText(max = RequestColumns.FORM_NUMBER) String formNumber,
        @FreeText(max = RequestColumns.SIGNER_TITLE) String signerTitle,
        Boolean courtCaption,
        @Required @Size(max = RequestColumns.SUBJECT_REFERENCE, message = FieldRules.AT_MOST)
        @Pattern(regexp = Intake.RECORD_NUMBER, message = Intake.NOT_A_RECORD_NUMBER) String subjectReference,
        @Required Custody custody,
        @Required(message = "at least one ask is required (what the agency wants done)") Set<RequestedAction> asks,
        @Required Purpose purpose,
        @FreeText(max = RequestColumns.STATED_PURPOSE) @NoStatusClaim String statedPurpose,
        Consent consent,
        @FreeText(max = RequestColumns.CONSENT_SIGNER) String consentSigner,
        @FreeText(max = RequestColumns.CONSENT_RELATIONSHIP) String consentRelationship,
        LocalDate consentDate,
        @FreeText(max = RequestColumns.CONSENT_LANGUAGE) String consentLanguage,
        @FreeText(max = RequestColumns.CONSENT_INTERPRETER) String consentInterpreter,
        @Size(max = Intake.MAX_FURTHER_DOCUMENTS, message = "at most {max} further documents")
        List<DocumentClassification> documents) {

    /**
     * CPD record numbers only (IR, CB or RD number), with any spaces around: never a name or anything
     * else about the person.
     */
    private static final String RECORD_NUMBER = "[ \\t\\n\\r]*(IR|CB|RD)[ -]?[A-Z]{0,2}[0-9]{5,10}[ \\t\\n\\r]*";
    private static final String NOT_A_RECORD_NUMBER = "a CPD record number is expected (IR, CB or RD followed by the number,"
            + " such as IR 1234567); never a name";

    /** How many documents may come with the first one. */
    public static final int MAX_FURTHER_DOCUMENTS = 5;

    public Intake {
        asks = asks == null ? Set.of() : Set.copyOf(asks);
        documents = documents == null ? List.of() : List.copyOf(documents);
        consent = consent == null ? Consent.NONE : consent;
        courtCaption = courtCaption != null && courtCaption;
    }

    /** An intake with one document, described by the document fields. */
    public Intake(String eventNumber, String oemcNumber, OffsetDateTime receivedAt, Agency agency,
            String agencyComponent, String agentName, String agentBadge, String agentContact,
            IdentityCheck identityCheck, Channel channel, DocumentType documentType, String formNumber,
            String signerTitle, Boolean courtCaption, String subjectReference, Custody custody,
            Set<RequestedAction> asks, Purpose purpose, String statedPurpose, Consent consent, String consentSigner,
            String consentRelationship, LocalDate consentDate, String consentLanguage, String consentInterpreter) {
        this(eventNumber, oemcNumber, receivedAt, agency, agencyComponent, agentName, agentBadge, agentContact,
                identityCheck, channel, documentType, formNumber, signerTitle, courtCaption, subjectReference, custody,
                asks, purpose, statedPurpose, consent, consentSigner, consentRelationship, consentDate,
                consentLanguage, consentInterpreter, null);
    }

    /** Every document of the request: the one described by the document fields first, then the further ones. */
    public List<DocumentClassification> allDocuments() {
        List<DocumentClassification> all = new ArrayList<>();
        all.add(new DocumentClassification(documentType, formNumber, signerTitle, courtCaption));
        all.addAll(documents);
        return all;
    }

    /** Whether any of its documents claims a court: whoever relies on one looks at it (the judicial checklist). */
    public boolean anyJudicial() {
        return allDocuments().stream().anyMatch(d -> d.documentType() != null && d.documentType().isJudicial());
    }

    /**
     * Whether the checklist asks for a judge's signature: some judicial document of the request is
     * not a grand-jury subpoena, which a grand jury or a court issues and no judge signs.
     */
    public boolean judgeSignatureAsked() {
        return allDocuments().stream().anyMatch(d -> d.documentType() != null && d.documentType().isJudicial()
                && d.documentType() != DocumentType.GRAND_JURY_SUBPOENA);
    }

    /** The same request, classified again by a supervisor: only what the engine decides on changes, for every document. */
    public Intake reclassified(Classification change) {
        return new Intake(eventNumber, oemcNumber, receivedAt, agency, agencyComponent, agentName, agentBadge,
                agentContact, identityCheck, channel, change.documentType(), change.formNumber(), change.signerTitle(),
                change.courtCaption(), subjectReference, change.custody(), change.asks(), change.purpose(),
                statedPurpose, change.consent(), consentSigner, consentRelationship, consentDate, consentLanguage,
                consentInterpreter, change.documents() == null ? documents : change.documents());
    }

    /** The day of the event in the city's time zone: the day the request arrived there. */
    public LocalDate eventDate(ZoneId cityZone) {
        return receivedAt.atZoneSameInstant(cityZone).toLocalDate();
    }
}
