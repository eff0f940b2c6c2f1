package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.request.entity.CustodyEntry;
import org.welcomingcity.review.entity.Disposition;

class CustodyRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-26T08:00:00-06:00");
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-25T22:00:00-06:00");

    @Test
    void aTransferNamesTheReceivingAgency() {
        assertThatCode(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING,
                "Cook County Sheriff", MORNING.minusHours(1)), RECEIVED, NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING, " ", null), RECEIVED, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("receivingAgency: required for a transfer"
                        + " (the agency that received the person)");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(null, null, null, MORNING.plusDays(2)), RECEIVED, NOW))
                .hasMessageContaining("disposition: required").hasMessageContaining("at: required")
                .hasMessageContaining("bailPostedAt: lies in the future");
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.RELEASED, MORNING, "ICE",
                MORNING.plusHours(1)), RECEIVED, NOW)).hasMessage("receivingAgency: only for a transfer;"
                        + " bailPostedAt: after the person was released");
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING,
                "x".repeat(129), null), RECEIVED, NOW)).hasMessage("receivingAgency: at most 128 characters");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # The outcome is recorded for the request: not before it arrived, not in the future.
            RELEASED            | 2026-11-25T21:59:00-06:00 | at: before the request was received (2026-11-25T22:00-06:00); record what happened after it
            RELEASED            | 2026-11-25T22:00:00-06:00 | -
            TRANSFERRED         | 2026-11-26T12:05:00-06:00 | -
            REMAINED_IN_CUSTODY | 2026-11-26T12:06:00-06:00 | at: lies in the future
            RELEASED            | 2026-11-27T08:00:00-06:00 | at: lies in the future
            """)
    void theOutcomeLiesBetweenTheRequestsArrivalAndNow(Disposition disposition, OffsetDateTime at, String complaint) {
        CustodyEntry entry = new CustodyEntry(disposition, at, disposition == Disposition.TRANSFERRED ? "Cook County Sheriff"
                : null, null);
        if (complaint == null) {
            assertThatCode(() -> CustodyRules.check(entry, RECEIVED, NOW)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CustodyRules.check(entry, RECEIVED, NOW)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(complaint);
        }
    }

    @Test
    void someoneStillInCustodyMayHavePostedBailLater() {
        assertThatCode(() -> CustodyRules.check(new CustodyEntry(Disposition.REMAINED_IN_CUSTODY, MORNING, null,
                MORNING.plusHours(2)), RECEIVED, NOW)).doesNotThrowAnyException();
    }
}
