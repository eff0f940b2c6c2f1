package org.welcomingcity.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.entity.AccountColumns;
import org.welcomingcity.identity.entity.Role;

/** What the directory says, tidied to fit an account. */
class ExternalPersonTest {

    @Test
    void noNameGivesTheUserNameAndABlankUnitNone() {
        ExternalPerson person = new ExternalPerson("dana", "ldap:1", " ", "  ", Set.of(Role.OFFICER), "ldap");

        assertThat(person.displayName()).isEqualTo("dana");
        assertThat(person.unit()).isNull();
    }

    @Test
    void valuesAreTrimmedAndCutToTheirColumns() {
        ExternalPerson person = new ExternalPerson("dana", "ldap:1", " Dana ".repeat(40), " District 004 ",
                Set.of(Role.OFFICER), "oidc");

        assertThat(person.displayName()).hasSize(AccountColumns.DISPLAY_NAME).startsWith("Dana");
        assertThat(person.unit()).isEqualTo("District 004");
        assertThat(new ExternalPerson("dana", "ldap:1", null, "U".repeat(100), Set.of(Role.OFFICER), "ldap").unit())
                .hasSize(AccountColumns.UNIT);
    }
}
