package org.welcomingcity.request.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.entity.DisclosureItem;

/**
 * A request as one person may see it: what was recorded, each ask's answer, every decision round, the timeline,
 * releases and documents, and what this person may do next: the steps, adding a document,
 * recording what happened to the person. Pages offer exactly these; the use cases decide again.
 * {@code consentFormVersion} is the version of the city's consent form the person signed, in the
 * intake's consent language; null without a written consent on one.
 */
public record RequestView(long id, String reference, RequestState state, long version, Outcome outcome,
        List<AnswerView> answers, Intake intake, String submittedBy, String unit, OffsetDateTime submittedAt, String supervisor,
        String legalSigner, String caseNumber, String reason, Set<DisclosureItem> scope, OffsetDateTime due,
        boolean overdue, List<DecisionView> decisions, List<StepView> timeline, List<DisclosureView> disclosures,
        List<AttachmentView> attachments, List<String> nextSteps, boolean letterAvailable, boolean mayAttach,
        boolean mayRecordCustody, List<Long> sameEvent, String consentFormVersion) {

    /**
     * One ask and where it stands: the law's outcome for it, and the answer the review gave.
     * {@code disclosure}: the ask is to share information (its answer reads "share" or "do not share").
     */
    public record AnswerView(String action, Outcome outcome, Answer answer, boolean disclosure) {
    }

    /** One decision of the engine on one ask, on one document (as it was decided: OTHER when not shown judicial). */
    public record DecisionView(int round, String action, String documentType, Outcome outcome, List<String> packs, List<RuleView> rules,
            String explanation, OffsetDateTime decidedAt, String decidedBy) {
    }

    /** A rule that fired, with its citation. */
    public record RuleView(String id, String pack, String citation, Outcome outcome) {
    }

    /**
     * The step that left the request waiting where it is, with the reason given, for the person who
     * must act next: the supervisor's escalation for legal, the supervisor's return for the officer
     * correcting it. Empty when the request waits for no such step.
     */
    public Optional<StepView> whyItWaits() {
        String step = switch (state) {
            case ESCALATED_TO_LEGAL -> "escalate";
            case RETURNED_FOR_CORRECTION -> "return";
            default -> null;
        };
        for (int i = timeline.size() - 1; step != null && i >= 0; i--) {
            if (timeline.get(i).step().equals(step)) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /** One line of the timeline. */
    public record StepView(String step, RequestState from, RequestState to, String actor, String role,
            OffsetDateTime at, String note) {
    }

    /** What was released to whom. */
    public record DisclosureView(Set<DisclosureItem> items, String recipient, OffsetDateTime at, String by,
            String approvedBy) {
    }

    /**
     * A scanned document, described. {@code scanRemovedAt}: when the retention period removed
     * its bytes (the description stays); null while the scan is kept.
     */
    public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt, OffsetDateTime scanRemovedAt) {
    }
}
