package org.welcomingcity.request.control;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.welcomingcity.problem.FieldProblem;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.entity.CustodyEntry;
import org.welcomingcity.review.entity.Disposition;

/** Checks what is said to have happened to the person, naming every wrong field at once. */
public final class CustodyRules {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int AGENCY_LENGTH = 128;

    private CustodyRules() {
    }

    /**
     * @param received when the request arrived: what happened to the person is recorded for the request, so not before it
     * @throws InvalidInputException naming every field that is missing or wrong
     */
    public static void check(CustodyEntry entry, OffsetDateTime received, Instant now) {
        List<FieldProblem> complaints = new ArrayList<>();
        if (entry.disposition() == null) {
            complaints.add(new FieldProblem("disposition", "required (RELEASED, TRANSFERRED or REMAINED_IN_CUSTODY)"));
        }
        if (entry.at() == null) {
            complaints.add(new FieldProblem("at", "required (when the person was released, transferred, or last known in custody)"));
        }
        future("at", entry.at(), now, complaints);
        if (entry.at() != null && received != null && entry.at().isBefore(received)) {
            complaints.add(new FieldProblem("at", "before the request was received (" + received + "); record what happened after it"));
        }
        future("bailPostedAt", entry.bailPostedAt(), now, complaints);
        boolean named = entry.receivingAgency() != null && !entry.receivingAgency().isBlank();
        if (entry.disposition() == Disposition.TRANSFERRED && !named) {
            complaints.add(new FieldProblem("receivingAgency", "required for a transfer (the agency that received the person)"));
        } else if (entry.disposition() != Disposition.TRANSFERRED && named) {
            complaints.add(new FieldProblem("receivingAgency", "only for a transfer"));
        } else if (named && entry.receivingAgency().strip().length() > AGENCY_LENGTH) {
            complaints.add(new FieldProblem("receivingAgency", "at most " + AGENCY_LENGTH + " characters"));
        }
        if (entry.bailPostedAt() != null && entry.at() != null && entry.disposition() == Disposition.RELEASED
                && entry.bailPostedAt().isAfter(entry.at())) {
            complaints.add(new FieldProblem("bailPostedAt", "after the person was released"));
        }
        if (!complaints.isEmpty()) {
            throw new InvalidInputException(complaints);
        }
    }

    private static void future(String field, OffsetDateTime value, Instant now, List<FieldProblem> complaints) {
        if (value != null && value.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            complaints.add(new FieldProblem(field, "lies in the future"));
        }
    }
}
