package org.welcomingcity.request.entity;

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

/**
 * What the officer records about a request (brief section 8), as given: any field may be
 * missing until the intake rules have checked it. The subject is a CPD record number only;
 * there is no field for a person's citizenship or immigration status, and there never will be.
 * The document fields describe the first document; {@code documents} are any further documents
 * that came with it (a detainer with a judicial warrant), each classified the same way.
 */
public record Intake(
        String eventNumber, String oemcNumber, OffsetDateTime receivedAt,
        Agency agency, String agencyComponent,
        String agentName, String agentBadge, String agentContact, IdentityCheck identityCheck,
        Channel channel,
        DocumentType documentType, String formNumber, String signerTitle, Boolean courtCaption,
        String subjectReference, Custody custody,
        Set<RequestedAction> asks, Purpose purpose, String statedPurpose,
        Consent consent, String consentSigner, String consentRelationship, LocalDate consentDate,
        String consentLanguage, String consentInterpreter, List<DocumentClassification> documents) {

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
