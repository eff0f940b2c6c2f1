package org.welcomingcity.review.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.review.entity.CustodyEntry;
import org.welcomingcity.review.entity.Disposition;

class CustodyRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");
    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-26T08:00:00-06:00");

    @Test
    void aTransferNamesTheReceivingAgency() {
        assertThatCode(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING,
                "Cook County Sheriff", MORNING.minusHours(1)), NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING, " ", null), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("receivingAgency: required for a transfer"
                        + " (the agency that received the person)");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(null, null, null, MORNING.plusDays(2)), NOW))
                .hasMessageContaining("disposition: required").hasMessageContaining("at: required")
                .hasMessageContaining("bailPostedAt: lies in the future");
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.RELEASED, MORNING, "ICE",
                MORNING.plusHours(1)), NOW)).hasMessage("receivingAgency: only for a transfer;"
                        + " bailPostedAt: after the person was released");
        assertThatThrownBy(() -> CustodyRules.check(new CustodyEntry(Disposition.TRANSFERRED, MORNING,
                "x".repeat(129), null), NOW)).hasMessage("receivingAgency: at most 128 characters");
    }

    @Test
    void someoneStillInCustodyMayHavePostedBailLater() {
        assertThatCode(() -> CustodyRules.check(new CustodyEntry(Disposition.REMAINED_IN_CUSTODY, MORNING, null,
                MORNING.plusHours(2)), NOW)).doesNotThrowAnyException();
    }
}
