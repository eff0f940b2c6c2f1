package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    private static AuditRetention of(int days) {
        AuditRetention retention = new AuditRetention();
        retention.days = days;
        return retention;
    }

    @Test
    void lessThanAYearStopsTheDeployment() {
        assertThatThrownBy(() -> of(364).check()).hasMessageContaining("at least 365 days");
    }

    @Test
    void aYearOrMoreIsAccepted() {
        assertThatCode(() -> of(365).check()).doesNotThrowAnyException();
        assertThatCode(() -> of(2555).check()).doesNotThrowAnyException();
    }
}
