package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoAccountsTest {

    @ParameterizedTest(name = "demo accounts on {0}: allowed {1}")
    @CsvSource({
        "H2,         true",
        "PostgreSQL, false",
        "MySQL,      false",
        "Oracle,     false",
    })
    void demoAccountsOnlyOnTheEmbeddedDatabase(String databaseProduct, boolean allowed) {
        assertThat(DemoAccounts.refusal(databaseProduct).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void theRefusalSaysWhatToDo() {
        assertThat(DemoAccounts.refusal("PostgreSQL")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("welcoming.demo.accounts=true is for the embedded H2 demo only")
                .contains("PostgreSQL").contains("welcoming.first-admin.password"));
    }
}
