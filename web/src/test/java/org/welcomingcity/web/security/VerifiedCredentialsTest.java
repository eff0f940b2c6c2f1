package org.welcomingcity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Runnable NO_LIMIT = () -> { };

    private final MutableClock clock = new MutableClock();
    private final VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ofSeconds(60), clock, NO_LIMIT);
    private final AtomicInteger checks = new AtomicInteger();

    private final AtomicBoolean unchanged = new AtomicBoolean(true);

    private String verify(String username, String password, String result) {
        return verified.verify(username, password, () -> {
            checks.incrementAndGet();
            return result;
        }, "VALID"::equals, remembered -> unchanged.get());
    }

    @Test
    void aVerifiedPairIsNotCheckedAgainWithinItsTimeToLive() {
        verify("officer", "secret", "VALID");
        assertThat(verify("officer", "secret", "VALID")).isEqualTo("VALID");
        assertThat(checks).hasValue(1);
    }

    @Test
    void failuresAreNeverRemembered() {
        verify("officer", "wrong", "INVALID");
        verify("officer", "wrong", "INVALID");
        assertThat(checks).hasValue(2);
    }

    @Test
    void anotherPasswordForTheSameNameIsCheckedAgain() {
        verify("officer", "secret", "VALID");
        assertThat(verify("officer", "other", "INVALID")).isEqualTo("INVALID");
        assertThat(checks).hasValue(2);
    }

    @Test
    void theNameAndPasswordCannotBeShiftedIntoEachOther() {
        verify("ab", "c", "VALID");
        assertThat(verify("a", "bc", "INVALID")).isEqualTo("INVALID");
    }

    @Test
    void aRememberedPairIsCheckedAgainOnceTheAccountChanged() {
        verify("officer", "secret", "VALID");
        unchanged.set(false);
        assertThat(verify("officer", "secret", "INVALID")).as("disabled meanwhile").isEqualTo("INVALID");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRememberedPairExpires() {
        verify("officer", "secret", "VALID");
        clock.advance(Duration.ofSeconds(61));
        verify("officer", "secret", "VALID");
        assertThat(checks).hasValue(2);
    }

    @Test
    void anExpiredPairIsRenewedWithoutTheVerifierWhileTheRenewerVouchesForIt() {
        AtomicInteger renewals = new AtomicInteger();
        verifyOrRenew("secret", renewals, "VALID");
        clock.advance(Duration.ofSeconds(61));
        assertThat(verifyOrRenew("secret", renewals, "VALID")).isEqualTo("VALID");
        assertThat(verifyOrRenew("secret", renewals, "VALID")).as("remembered afresh").isEqualTo("VALID");
        assertThat(checks).hasValue(1);
        assertThat(renewals).hasValue(1);
    }

    @Test
    void anExpiredPairTheRenewerCannotVouchForIsVerifiedAgain() {
        AtomicInteger renewals = new AtomicInteger();
        verifyOrRenew("secret", renewals, "VALID");
        clock.advance(Duration.ofSeconds(61));
        assertThat(verifyOrRenew("secret", renewals, null)).as("the password was changed meanwhile").isEqualTo("VALID");
        assertThat(checks).hasValue(2);
        assertThat(renewals).hasValue(1);
    }

    @Test
    void aPairNoLongerCurrentIsVerifiedAgainNotRenewed() {
        AtomicInteger renewals = new AtomicInteger();
        verifyOrRenew("secret", renewals, "VALID");
        clock.advance(Duration.ofSeconds(61));
        unchanged.set(false);
        verifyOrRenew("secret", renewals, "VALID");
        assertThat(checks).hasValue(2);
        assertThat(renewals).hasValue(0);
    }

    @Test
    void aWrongPasswordIsNeverRenewed() {
        AtomicInteger renewals = new AtomicInteger();
        verifyOrRenew("secret", renewals, "VALID");
        clock.advance(Duration.ofSeconds(61));
        verified.verify("officer", "wrong", () -> "INVALID" + checks.incrementAndGet(), "VALID"::equals,
                remembered -> true, expired -> "VALID" + renewals.incrementAndGet());
        assertThat(renewals).hasValue(0);
    }

    private String verifyOrRenew(String password, AtomicInteger renewals, String renewed) {
        return verified.verify("officer", password, () -> {
            checks.incrementAndGet();
            return "VALID";
        }, "VALID"::equals, remembered -> unchanged.get(), expired -> {
            renewals.incrementAndGet();
            return renewed;
        });
    }

    @Test
    void aZeroTimeToLiveChecksEveryTime() {
        VerifiedCredentials<String> never = new VerifiedCredentials<>(Duration.ZERO, clock, NO_LIMIT);
        never.verify("officer", "secret", () -> "VALID" + checks.incrementAndGet(), r -> true, r -> true);
        never.verify("officer", "secret", () -> "VALID" + checks.incrementAndGet(), r -> true, r -> true);
        assertThat(checks).hasValue(2);
    }

    @Test
    void onlyACheckTheSlowWayAsksLeaveAndARefusalChecksNothing() {
        AtomicInteger asked = new AtomicInteger();
        AtomicBoolean spent = new AtomicBoolean();
        VerifiedCredentials<String> gated = new VerifiedCredentials<>(Duration.ofSeconds(60), clock, () -> {
            asked.incrementAndGet();
            if (spent.get()) {
                throw new TooManyPasswordChecks(1);
            }
        });
        gated.verify("officer", "secret", () -> "VALID" + checks.incrementAndGet(), "VALID1"::equals);
        spent.set(true);
        assertThat(gated.verify("officer", "secret", () -> "VALID" + checks.incrementAndGet(), "VALID1"::equals))
                .as("remembered: no check, no leave asked").isEqualTo("VALID1");
        assertThatThrownBy(() -> gated.verify("officer", "wrong", () -> "INVALID" + checks.incrementAndGet(), r -> false))
                .isInstanceOf(TooManyPasswordChecks.class);
        assertThat(asked).hasValue(2);
        assertThat(checks).as("the refused pair was never checked").hasValue(1);
    }

    @Test
    void withNothingRememberedEveryCheckAsksLeave() {
        AtomicInteger asked = new AtomicInteger();
        VerifiedCredentials<String> never = new VerifiedCredentials<>(Duration.ZERO, clock, asked::incrementAndGet);
        never.verify("officer", "secret", () -> "VALID", r -> true);
        never.verify("officer", "secret", () -> "VALID", r -> true);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aRefusalIsFoundBehindTheWrappersOfTheIdentityStoreHandler() {
        TooManyPasswordChecks refusal = new TooManyPasswordChecks(3);
        assertThat(TooManyPasswordChecks.in(new IllegalStateException(new RuntimeException(refusal)))).containsSame(refusal);
        assertThat(TooManyPasswordChecks.in(new IllegalStateException("something else"))).isEmpty();
        assertThat(refusal.retryAfterSeconds()).isEqualTo(3);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
