package org.welcomingcity.request.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.PlainText;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.Intake;

/**
 * Checks an intake before anything is stored and names every fault at once, field by field,
 * so the officer at the desk fixes the form in one go.
 */
public final class IntakeRules {

    /** CPD record numbers only (IR, CB or RD number): never a name or anything else about the person. */
    static final Pattern RECORD_NUMBER = Pattern.compile("(IR|CB|RD)[ -]?[A-Z]{0,2}[0-9]{5,10}");
    /** A request received a little "in the future" is a clock difference; more is a typing error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final List<FieldProblem> complaints = new ArrayList<>();

    private IntakeRules() {
    }

    /** @throws InvalidInputException naming every field that is missing or wrong */
    public static void check(Intake intake, Instant now, ZoneId zone) {
        IntakeRules rules = new IntakeRules();
        rules.checkAll(intake, now, zone);
        if (!rules.complaints.isEmpty()) {
            throw new InvalidInputException(rules.complaints);
        }
    }

    private void checkAll(Intake intake, Instant now, ZoneId zone) {
        text("eventNumber", intake.eventNumber(), true, 32);
        text("oemcNumber", intake.oemcNumber(), true, 32);
        required("receivedAt", intake.receivedAt());
        if (intake.receivedAt() != null && intake.receivedAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            complain("receivedAt", "lies in the future");
        }
        required("agency", intake.agency());
        text("agencyComponent", intake.agencyComponent(), false, 64);
        text("agentName", intake.agentName(), true, 128);
        text("agentBadge", intake.agentBadge(), false, 64);
        text("agentContact", intake.agentContact(), true, 128);
        required("identityCheck", intake.identityCheck());
        required("channel", intake.channel());
        required("documentType", intake.documentType());
        text("formNumber", intake.formNumber(), false, 32);
        text("signerTitle", intake.signerTitle(), false, 128);
        subject(intake.subjectReference());
        required("custody", intake.custody());
        required("purpose", intake.purpose());
        if (text("statedPurpose", intake.statedPurpose(), false, 1000)) {
            StatusPhrases.shipped().complaint("statedPurpose", intake.statedPurpose()).ifPresent(complaints::add);
        }
        if (intake.asks().isEmpty()) {
            complain("asks", "at least one ask is required (what the agency wants done)");
        }
        consent(intake, now.atZone(zone).toLocalDate());
        DocumentGuidance.contradiction(intake.documentType(), intake.formNumber())
                .ifPresent(problem -> complain("documentType", problem));
        furtherDocuments(intake.documents());
    }

    /** Each further document is checked as the first one is, its fields named by their place in the list. */
    private void furtherDocuments(List<DocumentClassification> documents) {
        if (documents.size() > Intake.MAX_FURTHER_DOCUMENTS) {
            complain("documents", "at most " + Intake.MAX_FURTHER_DOCUMENTS + " further documents");
            return;
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentClassification document = documents.get(i);
            String at = "documents[" + i + "].";
            if (document == null) {
                complain("documents[" + i + "]", "required");
                continue;
            }
            required(at + "documentType", document.documentType());
            text(at + "formNumber", document.formNumber(), false, 32);
            text(at + "signerTitle", document.signerTitle(), false, 128);
            DocumentGuidance.contradiction(document.documentType(), document.formNumber())
                    .ifPresent(problem -> complain(at + "documentType", problem));
        }
    }

    private void subject(String reference) {
        if (text("subjectReference", reference, true, 32) && !RECORD_NUMBER.matcher(reference.trim()).matches()) {
            complain("subjectReference", "a CPD record number is expected (IR, CB or RD followed by the number,"
                    + " such as IR 1234567); never a name");
        }
    }

    private void consent(Intake intake, LocalDate today) {
        if (intake.consent() == Consent.NONE) {
            return;
        }
        text("consentSigner", intake.consentSigner(), true, 128);
        text("consentRelationship", intake.consentRelationship(), true, 64);
        required("consentDate", intake.consentDate());
        text("consentLanguage", intake.consentLanguage(), true, 64);
        text("consentInterpreter", intake.consentInterpreter(), false, 128);
        if (intake.consentDate() != null && intake.consentDate().isAfter(today)) {
            complain("consentDate", "lies in the future");
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            complain(field, "required");
        }
    }

    /** Whether the text is present and fits; complains otherwise. */
    private boolean text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                complain(field, "required");
            }
            return false;
        }
        if (value.length() > maxLength) {
            complain(field, "at most " + maxLength + " characters");
            return false;
        }
        if (!PlainText.plain(value)) {
            complain(field, PlainText.PROBLEM);
            return false;
        }
        return true;
    }

    private void complain(String field, String problem) {
        complaints.add(new FieldProblem(field, problem));
    }
}
