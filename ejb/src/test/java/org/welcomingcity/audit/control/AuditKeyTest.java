package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.EventHash;

class AuditKeyTest {

    private static AuditKey loaded(Optional<String> secret) {
        AuditKey key = new AuditKey();
        key.secret = secret;
        key.load();
        return key;
    }

    @Test
    void withoutTheKeyTheDeploymentStopsAndSaysWhatToCreate() {
        assertThatThrownBy(() -> loaded(Optional.empty())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("welcoming.audit.hmac-key is not set")
                .hasMessageContaining("asadmin create-password-alias welcoming.audit.hmac-key");
        assertThatThrownBy(() -> loaded(Optional.of("   "))).hasMessageContaining("is not set");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> loaded(Optional.of("too-short"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 9 characters").hasMessageContaining("at least 32");
    }

    @Test
    void theSealDependsOnTheKeyAndDiffersFromThePlainHash() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String one = loaded(Optional.of("k".repeat(32))).seal().of(1, at, "officer", "OFFICER", "LOGON", null,
                AuditOutcome.SUCCESS, null, null, EventHash.GENESIS);
        String other = loaded(Optional.of("m".repeat(32))).seal().of(1, at, "officer", "OFFICER", "LOGON", null,
                AuditOutcome.SUCCESS, null, null, EventHash.GENESIS);
        String plain = EventHash.plain().of(1, at, "officer", "OFFICER", "LOGON", null, AuditOutcome.SUCCESS, null,
                null, EventHash.GENESIS);
        assertThat(one).hasSize(64).isNotEqualTo(other).isNotEqualTo(plain);
    }
}
