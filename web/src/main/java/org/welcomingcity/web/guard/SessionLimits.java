package org.welcomingcity.web.guard;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session lasts (CJIS 5.5.5 and 5.6.2.2): it ends after {@code idle}
 * without a request, and in any case {@code absolute} after log-on, so people sign in again.
 */
record SessionLimits(Duration idle, Duration absolute) {

    enum Verdict {
        ACTIVE, IDLE, TOO_OLD
    }

    SessionLimits {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("Session limits must be positive: idle " + idle + ", absolute " + absolute);
        }
    }

    /** From the configured minutes and hours; fractions are allowed (tests use seconds). */
    static SessionLimits of(double idleMinutes, double maxHours) {
        return new SessionLimits(Duration.ofMillis(Math.round(idleMinutes * 60_000)),
                Duration.ofMillis(Math.round(maxHours * 3_600_000)));
    }

    Verdict judge(SessionClock clock, Instant now) {
        if (!now.isBefore(clock.signedInAt().plus(absolute))) {
            return Verdict.TOO_OLD;
        }
        return now.isBefore(clock.lastSeen().plus(idle)) ? Verdict.ACTIVE : Verdict.IDLE;
    }
}
