package org.welcomingcity.review.entity;

import java.util.Set;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Classification;
import org.welcomingcity.request.entity.Intake;

/**
 * What a person gives with a step; each step reads only its own part. {@code version} is the
 * version the person saw: when given and stale, the step is refused rather than applied blindly.
 * {@code asks} are the asks legal approves; the others with legal are refused.
 */
public record StepInput(Long version, String reason, Classification classification, Intake correction,
        Set<DisclosureItem> scope, String caseNumber, Checklist checklist, Set<DisclosureItem> released,
        String recipient, Set<RequestedAction> asks) {

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
