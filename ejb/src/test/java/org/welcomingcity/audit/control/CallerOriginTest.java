package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerOriginTest {

    @Test
    void anAddressIsKeptAsItIsUpToTheColumnsWidth() {
        CallerOrigin origin = new CallerOrigin();
        origin.set("2001:db8:85a3:8d3:1319:8a2e:370:7348");
        assertThat(origin.address()).isEqualTo("2001:db8:85a3:8d3:1319:8a2e:370:7348");
    }

    @Test
    void whatAProxyPassesOnIsCutToTheColumnsWidthSoThatTheEventIsStillRecorded() {
        CallerOrigin origin = new CallerOrigin();
        origin.set("x".repeat(500));
        assertThat(origin.address()).hasSize(CallerOrigin.MAX_LENGTH);
    }
}
