package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoAccountsTest {

    @ParameterizedTest(name = "demo accounts on {0} with the {1} store: allowed {2}")
    @CsvSource({
        "H2,         database, true",
        "H2,         Database, true",
        "H2,         ldap,     false",
        "H2,         oidc,     false",
        "PostgreSQL, database, false",
        "PostgreSQL, oidc,     false",
        "MySQL,      database, false",
        "Oracle,     database, false",
    })
    void demoAccountsOnlyOnTheEmbeddedDatabaseWithItsOwnAccounts(String databaseProduct, String store, boolean allowed) {
        assertThat(DemoAccounts.refusal(databaseProduct, store).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void theRefusalBesideTheDirectoryOrTheProviderNamesBothSettings() {
        assertThat(DemoAccounts.refusal("H2", "ldap")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("welcoming.demo.accounts=true is for the embedded demo with its own accounts only")
                .contains("welcoming.identity.store=ldap").contains("beside the directory"));
        assertThat(DemoAccounts.refusal("H2", "oidc")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("welcoming.identity.store=oidc").contains("beside the identity provider"));
    }

    @Test
    void theRefusalSaysWhatToDo() {
        assertThat(DemoAccounts.refusal("PostgreSQL", "database")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("welcoming.demo.accounts=true is for the embedded H2 demo only")
                .contains("PostgreSQL").contains("welcoming.first-admin.password"));
    }
}
