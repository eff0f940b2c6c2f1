package org.welcomingcity.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnonymousAllowanceTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long START = -123_456_789L; // nanoTime may be anything, negative too
    private static final long KEY = 0x5DEECE66DL;

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
        AnonymousAllowance allowance = new AnonymousAllowance(1, 2, START, KEY);
        allowance.take("192.0.2.7", START);
        allowance.take("192.0.2.7", START);
        assertThat(allowance.take("192.0.2.7", START)).isPositive();
        int answered = 0;
        for (int i = 1; i <= 100; i++) {
            answered += allowance.take("198.51.100." + i, START) == 0 ? 1 : 0;
        }
        // with this key none of them shares a slot with 192.0.2.7; the few that share one with each other get 2
        assertThat(answered).isEqualTo(100);
    }

    @Test
    void anIpv6NetworkOfSixtyFourBitsIsOneClient() {
        AnonymousAllowance allowance = new AnonymousAllowance(1, 2, START, KEY);
        assertThat(allowance.take("2001:db8:0:7::1", START)).isZero();
        assertThat(allowance.take("2001:db8:0:7:ffff:1:2:3", START)).isZero();
        assertThat(allowance.take("2001:db8:0:7::abcd", START)).as("a third address of the same /64").isPositive();
        assertThat(allowance.take("2001:db8:0:8::1", START)).as("the next /64").isZero();
        assertThat(AnonymousAllowance.client("2001:0db8:0000:0007:0000:0000:0000:0001"))
                .isEqualTo(AnonymousAllowance.client("2001:db8:0:7::9")).isEqualTo("20010db800000007/64");
    }

    @Test
    void whatIsNotAnIpv6AddressCountsAsItIs() {
        assertThat(AnonymousAllowance.client("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AnonymousAllowance.client("::ffff:192.0.2.7")).isEqualTo("::ffff:192.0.2.7");
        assertThat(AnonymousAllowance.client("unknown:1")).isEqualTo("unknown:1");
        assertThat(AnonymousAllowance.client("1:2:zz")).isEqualTo("1:2:zz");
    }

    @Test
    void stringsWithEqualHashCodesDoNotAlwaysShareASlot() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        int apart = 0;
        for (long key = 1; key <= 20; key++) {
            AnonymousAllowance allowance = new AnonymousAllowance(1, 1, START, key);
            allowance.take("Aa", START);
            apart += allowance.take("BB", START) == 0 ? 1 : 0;
        }
        assertThat(apart).as("keys out of 20 that keep them apart").isGreaterThan(15);
    }

    @Test
    void settingsOutsideTheirBoundsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> new AnonymousAllowance(0, 10, START)).hasMessageContaining("got 0.0 and 10");
        assertThatThrownBy(() -> new AnonymousAllowance(5, 0, START)).hasMessageContaining("got 5.0 and 0");
        assertThatThrownBy(() -> new AnonymousAllowance(Double.NaN, 5, START)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new AnonymousAllowance(0.0001, 5, START)).hasMessageContaining("got 1.0E-4 and 5");
        assertThatThrownBy(() -> new AnonymousAllowance(5, 2_000_000, START)).hasMessageContaining("got 5.0 and 2000000");
    }

    @Test
    void theSlowestRateWithTheLargestBurstStillCounts() {
        AnonymousAllowance allowance = new AnonymousAllowance(0.001, 1_000_000, START, KEY);
        int answered = 0;
        for (int i = 0; i < 1_000_000; i++) {
            answered += allowance.take("192.0.2.7", START) == 0 ? 1 : 0;
        }
        assertThat(answered).as("the whole burst").isEqualTo(1_000_000);
        assertThat(allowance.take("192.0.2.7", START)).as("one past the burst: 1,000 s to wait")
                .isEqualTo(1_000 * SECOND);
    }
}
