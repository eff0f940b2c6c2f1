package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.review.entity.WorkflowStep.*;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.review.entity.Fixtures;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(Duration.ofHours(2), 2, ZoneId.of("America/Chicago"));

    @Test
    void aSupervisorHasTwoHoursFromSubmission() {
        FederalRequest request = Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL);
        assertThat(deadlines.due(request)).contains(Fixtures.MONDAY_NOON.plusHours(2));
        assertThat(deadlines.overdue(request, Fixtures.MONDAY_NOON.plusMinutes(119))).isFalse();
        assertThat(deadlines.overdue(request, Fixtures.MONDAY_NOON.plusMinutes(121))).isTrue();
        assertThat(deadlines.overdue(Fixtures.after(request, START_REVIEW), Fixtures.MONDAY_NOON.plusHours(3))).isTrue();
    }

    @Test
    void legalHasTwoBusinessDaysSkippingTheWeekend() {
        OffsetDateTime friday = OffsetDateTime.of(2026, 11, 27, 16, 0, 0, 0, ZoneOffset.UTC);
        assertThat(deadlines.addBusinessDays(friday, 2).toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 12, 1, 16, 0, 0, 0, ZoneOffset.UTC).toInstant());
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL),
                START_REVIEW, ESCALATE);
        assertThat(deadlines.due(escalated)).hasValueSatisfying(due -> assertThat(due.toInstant())
                .isEqualTo(Fixtures.MONDAY_NOON.plusDays(2).toInstant()));
    }

    @Test
    void nobodyIsLateOnceTheRequestIsDecided() {
        FederalRequest declined = Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.DECLINE),
                START_REVIEW, DECLINE);
        assertThat(deadlines.due(declined)).isEmpty();
        assertThat(deadlines.overdue(declined, Fixtures.MONDAY_NOON.plusYears(1))).isFalse();
    }

    @Test
    void theReportsCutoffsAgreeWithTheRuleForEveryHourOfTwoWeeks() {
        FederalRequest escalated = Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL),
                START_REVIEW, ESCALATE);
        FederalRequest waiting = Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.LEGAL);
        for (int hour = 0; hour < 14 * 24; hour++) {
            OffsetDateTime now = Fixtures.MONDAY_NOON.plusHours(hour).plusMinutes(1);
            Deadlines.Cutoffs cutoffs = deadlines.cutoffs(now);
            boolean legalLate = escalated.escalatedAt().isBefore(cutoffs.legalSurelyLate())
                    || cutoffs.legalLate().test(escalated.escalatedAt());
            assertThat(legalLate).as("legal, %s", now).isEqualTo(deadlines.overdue(escalated, now));
            assertThat(waiting.submittedAt().isBefore(cutoffs.supervisorCutoff())).as("supervisor, %s", now)
                    .isEqualTo(deadlines.overdue(waiting, now));
        }
    }
}
