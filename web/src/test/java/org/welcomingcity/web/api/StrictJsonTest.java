package org.welcomingcity.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void nestingDeeperThanAnyBodyIsRefusedNamingWhereBeforeTheTreeIsBuilt() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> StrictJson.object(deep)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("a").hasMessageContaining("nested deeper than 32 levels");
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        String nested = "{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}";

        assertThat(StrictJson.object(nested).containsKey("a")).isTrue();
    }
}
