package org.welcomingcity.request.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.FieldRules;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.Required;
import org.welcomingcity.problem.RequiredCheck;
import org.welcomingcity.request.entity.DocumentClassification;
import org.welcomingcity.request.entity.Intake;

/**
 * Checks an intake before anything is stored and names every fault at once, field by field and
 * in the form's order, so the officer at the desk fixes the form in one go. What a field must be
 * on its own is declared on {@link Intake} and {@link DocumentClassification}; the rules here
 * are those across fields, or against the clock.
 */
public final class IntakeRules {

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
            rules.complaints.sort(FieldRules.inOrderOf(Intake.class));
            throw new InvalidInputException(rules.complaints);
        }
    }

    private void checkAll(Intake intake, Instant now, ZoneId zone) {
        complaints.addAll(FieldRules.problems(intake, ""));
        if (intake.receivedAt() != null && intake.receivedAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            complain("receivedAt", "lies in the future");
        }
        consent(intake, now.atZone(zone).toLocalDate());
        DocumentGuidance.contradiction(intake.documentType(), intake.formNumber())
                .ifPresent(problem -> complain("documentType", problem));
        if (fine("documents")) {
            furtherDocuments(intake.documents());
        }
    }

    /** Each further document is checked as the first one is, its fields named by their place in the list. */
    private void furtherDocuments(List<DocumentClassification> documents) {
        for (int i = 0; i < documents.size(); i++) {
            DocumentClassification document = documents.get(i);
            String at = "documents[" + i + "].";
            if (document == null) {
                complain("documents[" + i + "]", Required.PROBLEM);
                continue;
            }
            complaints.addAll(FieldRules.problems(document, at));
            DocumentGuidance.contradiction(document.documentType(), document.formNumber())
                    .ifPresent(problem -> complain(at + "documentType", problem));
        }
    }

    /** Written consent names who signed it, how they stand to the person, when, and the language of the form. */
    private void consent(Intake intake, LocalDate today) {
        if (intake.consent() == Consent.NONE) {
            return;
        }
        required("consentSigner", intake.consentSigner());
        required("consentRelationship", intake.consentRelationship());
        required("consentDate", intake.consentDate());
        required("consentLanguage", intake.consentLanguage());
        if (RequiredCheck.given(intake.consentLanguage()) && FormLanguage.named(intake.consentLanguage()).isEmpty()) {
            complain("consentLanguage", "expected one of " + FormLanguage.choices()
                    + ", the languages the city prints its consent form in (an interpreter may read it in another)");
        }
        if (intake.consentDate() != null && intake.consentDate().isAfter(today)) {
            complain("consentDate", "lies in the future");
        }
    }

    private void required(String field, Object value) {
        if (!RequiredCheck.given(value)) {
            complain(field, Required.PROBLEM);
        }
    }

    /** Whether the field has no problem of its own. */
    private boolean fine(String field) {
        return complaints.stream().noneMatch(problem -> field.equals(problem.field()));
    }

    private void complain(String field, String problem) {
        complaints.add(new FieldProblem(field, problem));
    }
}
