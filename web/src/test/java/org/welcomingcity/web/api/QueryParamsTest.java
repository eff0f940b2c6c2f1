package org.welcomingcity.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.InvalidInputException;

class QueryParamsTest {

    @Test
    void aWholeNumberOrItsDefault() {
        assertThat(QueryParams.number("size", " 40 ", 25)).isEqualTo(40);
        assertThat(QueryParams.number("size", null, 25)).isEqualTo(25);
        assertThat(QueryParams.number("size", "  ", 25)).isEqualTo(25);
        assertThat(QueryParams.number("year", null)).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"abc", "1.5", "1e3", "99999999999", "-"}) {
            assertThatThrownBy(() -> QueryParams.number("page", bad, 0)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("page: a whole number, not '" + bad + "'");
        }
    }
}
