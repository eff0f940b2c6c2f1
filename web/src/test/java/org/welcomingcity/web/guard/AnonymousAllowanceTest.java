package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnonymousAllowanceTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long START = -123_456_789L; // nanoTime may be anything, negative too

    @Test
    void aBurstIsAnsweredAtOnceAndThenTheSteadyRate() {
        AnonymousAllowance allowance = new AnonymousAllowance(10, 5, START);
        for (int i = 0; i < 5; i++) {
            assertThat(allowance.take("192.0.2.7", START)).as("request %d of the burst", i + 1).isZero();
        }
        assertThat(allowance.take("192.0.2.7", START)).isEqualTo(SECOND / 10);
        assertThat(allowance.take("192.0.2.7", START + SECOND / 20)).isEqualTo(SECOND / 20);
        assertThat(allowance.take("192.0.2.7", START + SECOND / 10)).isZero();
        assertThat(allowance.take("192.0.2.7", START + SECOND / 10)).isEqualTo(SECOND / 10);
    }

    @Test
    void aRefusedRequestTakesNothing() {
        AnonymousAllowance allowance = new AnonymousAllowance(1, 1, START);
        assertThat(allowance.take("192.0.2.7", START)).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(allowance.take("192.0.2.7", START + SECOND / 2)).isEqualTo(SECOND / 2);
        }
        assertThat(allowance.take("192.0.2.7", START + SECOND)).isZero();
    }

    @Test
    void aQuietSpellGivesTheBurstBackButNoMore() {
        AnonymousAllowance allowance = new AnonymousAllowance(10, 3, START);
        for (int i = 0; i < 3; i++) {
            assertThat(allowance.take("2001:db8::1", START)).isZero();
        }
        long later = START + 3600 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(allowance.take("2001:db8::1", later)).isZero();
        }
        assertThat(allowance.take("2001:db8::1", later)).isPositive();
    }

    @Test
    void oneAddressOverItsAllowanceLeavesTheOthersTheirs() {
        AnonymousAllowance allowance = new AnonymousAllowance(1, 2, START, 0);
        allowance.take("192.0.2.7", START);
        allowance.take("192.0.2.7", START);
        assertThat(allowance.take("192.0.2.7", START)).isPositive();
        int answered = 0;
        for (int i = 1; i <= 100; i++) {
            answered += allowance.take("198.51.100." + i, START) == 0 ? 1 : 0;
        }
        // with this salt none of them shares a slot with 192.0.2.7; the few that share one with each other get 2
        assertThat(answered).isEqualTo(100);
    }

    @Test
    void aRateOrBurstThatAllowsNothingIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new AnonymousAllowance(0, 10, START)).hasMessageContaining("got 0.0 and 10");
        assertThatThrownBy(() -> new AnonymousAllowance(5, 0, START)).hasMessageContaining("got 5.0 and 0");
        assertThatThrownBy(() -> new AnonymousAllowance(Double.NaN, 5, START)).hasMessageContaining("NaN");
    }
}
