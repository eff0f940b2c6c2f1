package org.welcomingcity.review.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.RequestState;

/**
 * When a request is due: a supervisor's decision within some hours of submission, legal's
 * sign-off within some business days (weekends skipped, in the city's time zone) of escalation.
 */
public record Deadlines(Duration supervisorReview, int legalBusinessDays, ZoneId zone) {

    /** When the current step is due, or empty when nobody is waiting on anyone. */
    public Optional<OffsetDateTime> due(FederalRequest request) {
        if (request.state().awaitsSupervisor()) {
            return Optional.of(request.submittedAt().plus(supervisorReview));
        }
        if (request.state() == RequestState.ESCALATED_TO_LEGAL) {
            return Optional.of(addBusinessDays(request.escalatedAt(), legalBusinessDays));
        }
        return Optional.empty();
    }

    public boolean overdue(FederalRequest request, OffsetDateTime now) {
        return due(request).map(now::isAfter).orElse(false);
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
