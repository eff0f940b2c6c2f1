package org.welcomingcity.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An external account takes the directory's word for its name, unit and roles. */
class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00Z");

    private static Account dana() {
        return Account.external("dana", "ldap:5f0c1c2e", "Dana Reyes", "District 004",
                EnumSet.of(Role.OFFICER), "hash", NOW);
    }

    @Test
    void anExternalAccountNeverHasToChangeAPasswordItDoesNotUse() {
        Account dana = dana();

        assertThat(dana.external()).isTrue();
        assertThat(dana.mustChangePassword()).isFalse();
        assertThat(dana.canSignIn()).isTrue();
    }

    @Test
    void anAccountRecordedBeforeIdsWereKeptLearnsItsPersonsIdOnlyOnce() {
        Account legacy = Account.external("erin", null, "Erin", null, EnumSet.of(Role.OFFICER), "hash", NOW);

        legacy.identifyAs("oidc:https://id.city.test s-1");

        assertThat(legacy.externalId()).isEqualTo("oidc:https://id.city.test s-1");
        assertThatThrownBy(() -> legacy.identifyAs("oidc:https://id.city.test s-2"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> dana().identifyAs("ldap:other")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingChangesWhenTheDirectorySaysTheSame() {
        Account dana = dana();
        long revision = dana.revision();

        assertThat(dana.synchronizeWith("Dana Reyes", "District 004", Set.of(Role.OFFICER), NOW)).isEmpty();
        assertThat(dana.revision()).isEqualTo(revision);
    }

    @Test
    void aNewUnitAndRoleAreTakenAndNamed() {
        Account dana = dana();
        long revision = dana.revision();

        Set<String> changed = dana.synchronizeWith("Dana Reyes", "District 009",
                Set.of(Role.OFFICER, Role.SUPERVISOR), NOW);

        assertThat(changed).containsExactly("unit", "roles");
        assertThat(dana.unit()).isEqualTo("District 009");
        assertThat(dana.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.SUPERVISOR);
        assertThat(dana.rolesChangedAt()).isEqualTo(NOW);
        assertThat(dana.revision()).isGreaterThan(revision);
    }

    @Test
    void aDatabaseAccountIsNotExternal() {
        assertThat(new Account("sgt.jones", "Pat Jones", null, EnumSet.of(Role.SUPERVISOR), "hash", NOW).external())
                .isFalse();
    }

    @Test
    void anAccountIsAPersonsUntilMarkedAsAServiceWhichIsAChangeOfTheAccount() {
        Account system = new Account("records-sync", "Records sync", null, EnumSet.of(Role.AUDITOR), "hash", NOW);
        assertThat(system.serviceAccount()).isFalse();
        long revision = system.revision();

        system.markAsServiceAccount(true);

        assertThat(system.serviceAccount()).isTrue();
        assertThat(system.revision()).isGreaterThan(revision);
    }
}
