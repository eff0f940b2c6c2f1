package org.welcomingcity.review.entity;

import java.util.Set;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.problem.FreeText;
import org.welcomingcity.problem.NoStatusClaim;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestColumns;

/**
 * What a person gives with a step; each step reads only its own part. {@code version} is the
 * version the person saw: when given and stale, the step is refused rather than applied blindly.
 * {@code asks} are the asks legal approves; the others with legal are refused. What a text field
 * must be on its own is declared on it; whether a step needs it is {@code StepRules}'.
 */
public record StepInput(Long version,
        @FreeText(max = RequestColumns.REASON) @NoStatusClaim String reason,
        Classification classification, Intake correction, Set<DisclosureItem> scope,
        @FreeText(max = RequestColumns.CASE_NUMBER, tooLong = StepInput.CASE_NUMBER_ASKED) String caseNumber,
        Checklist checklist, Set<DisclosureItem> released,
        @FreeText(max = ReviewColumns.RECIPIENT, tooLong = StepInput.RECIPIENT_ASKED) String recipient,
        Set<RequestedAction> asks) {

    /** What a judicial document's step asks of the case number, when it is missing or too long. */
    public static final String CASE_NUMBER_ASKED = "required (the court's case number, at most "
            + RequestColumns.CASE_NUMBER + " characters)";
    /** What a release asks of its recipient, when it is missing or too long. */
    public static final String RECIPIENT_ASKED = "required (to whom the information went, at most "
            + ReviewColumns.RECIPIENT + " characters)";

    public StepInput {
        asks = asks == null ? Set.of() : Set.copyOf(asks);
        scope = scope == null ? Set.of() : Set.copyOf(scope);
        released = released == null ? Set.of() : Set.copyOf(released);
        checklist = checklist == null ? Checklist.NONE : checklist;
    }

    /** A step that names no asks. */
    public StepInput(Long version, String reason, Classification classification, Intake correction,
            Set<DisclosureItem> scope, String caseNumber, Checklist checklist, Set<DisclosureItem> released,
            String recipient) {
        this(version, reason, classification, correction, scope, caseNumber, checklist, released, recipient, null);
    }

    public static StepInput none() {
        return new StepInput(null, null, null, null, null, null, null, null, null);
    }

    public static StepInput withReason(String reason) {
        return new StepInput(null, reason, null, null, null, null, null, null, null);
    }
}
