package org.welcomingcity.review.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;

/**
 * When a request is due: a supervisor's decision within some hours of submission, legal's
 * sign-off within some business days (weekends skipped, in the city's time zone) of escalation.
 */
public record Deadlines(Duration supervisorReview, int legalBusinessDays, ZoneId zone) {

    /** When the current step is due, or empty when nobody is waiting on anyone. */
    public Optional<OffsetDateTime> due(FederalRequest request) {
        return due(request.state(), request.submittedAt(), request.escalatedAt());
    }

    /** The same, from the three values it depends on: for a list that reads only those columns. */
    public Optional<OffsetDateTime> due(RequestState state, OffsetDateTime submittedAt, OffsetDateTime escalatedAt) {
        if (state.awaitsSupervisor()) {
            return Optional.of(submittedAt.plus(supervisorReview));
        }
        if (state.awaitsLegal()) {
            return Optional.of(legalDue(escalatedAt));
        }
        return Optional.empty();
    }

    public boolean overdue(FederalRequest request, OffsetDateTime now) {
        return overdue(due(request), now);
    }

    /** Whether what was due, if anything, is late as of {@code now}. */
    public static boolean overdue(Optional<OffsetDateTime> due, OffsetDateTime now) {
        return due.map(now::isAfter).orElse(false);
    }

    /**
     * The same rule as {@link #overdue}, as limits a database query can apply to many requests at
     * once: the reports count with these.
     */
    public Cutoffs cutoffs(OffsetDateTime now) {
        // n business days never span more than 2n + 3 calendar days: older open escalations are surely late
        return new Cutoffs(supervisorReview.toSeconds(), now.minus(supervisorReview),
                now.minusDays(2L * legalBusinessDays + 3), escalatedAt -> now.isAfter(legalDue(escalatedAt)));
    }

    /**
     * Overdue as of one instant.
     *
     * @param supervisorSeconds how long a supervisor may take
     * @param supervisorCutoff waiting for a supervisor since before this is overdue
     * @param legalSurelyLate escalated before this and still waiting is overdue, whatever the weekends
     * @param legalLate for escalations since then: whether one escalated at that time is overdue
     */
    public record Cutoffs(long supervisorSeconds, OffsetDateTime supervisorCutoff, OffsetDateTime legalSurelyLate,
            Predicate<OffsetDateTime> legalLate) {
    }

    private OffsetDateTime legalDue(OffsetDateTime escalatedAt) {
        return addBusinessDays(escalatedAt, legalBusinessDays);
    }

    public OffsetDateTime addBusinessDays(OffsetDateTime start, int days) {
        ZonedDateTime at = start.atZoneSameInstant(zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toOffsetDateTime();
    }
}
