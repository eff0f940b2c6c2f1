package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    private static final Instant LOG_ON = Instant.parse("2026-03-02T08:00:00Z");
    private final SessionLimits limits = SessionLimits.of(30, 12);

    @Test
    void theDefaultsAreThirtyIdleMinutesAndTwelveHours() {
        assertThat(limits.idle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.absolute()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aSessionUsedWithinTheIdleLimitGoesOn() {
        SessionClock clock = SessionClock.start("officer", LOG_ON).seen(LOG_ON.plusSeconds(600));

        assertThat(limits.judge(clock, LOG_ON.plusSeconds(600 + 29 * 60 + 59))).isEqualTo(SessionLimits.Verdict.ACTIVE);
    }

    @Test
    void thirtyMinutesWithoutARequestEndIt() {
        SessionClock clock = SessionClock.start("officer", LOG_ON).seen(LOG_ON.plusSeconds(600));

        assertThat(limits.judge(clock, LOG_ON.plusSeconds(600 + 30 * 60))).isEqualTo(SessionLimits.Verdict.IDLE);
    }

    @Test
    void twelveHoursAfterLogOnItEndsHoweverBusy() {
        Instant end = LOG_ON.plus(Duration.ofHours(12));
        SessionClock busy = SessionClock.start("officer", LOG_ON).seen(end.minusSeconds(1));

        assertThat(limits.judge(busy, end.minusMillis(1))).isEqualTo(SessionLimits.Verdict.ACTIVE);
        assertThat(limits.judge(busy, end)).isEqualTo(SessionLimits.Verdict.TOO_OLD);
    }

    @Test
    void fractionsAllowShortLimits() {
        SessionLimits short_ = SessionLimits.of(0.1, 0.005);

        assertThat(short_.idle()).isEqualTo(Duration.ofSeconds(6));
        assertThat(short_.absolute()).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> SessionLimits.of(0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionLimits.of(30, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
