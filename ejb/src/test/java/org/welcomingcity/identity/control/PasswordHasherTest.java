package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aDomainWithoutDemoAccountsHashesAtTheFullCostWhateverTheDemoSettingSays() {
        assertThat(PasswordHasher.cost(false, 1_000)).isEqualTo(PasswordHashing.ITERATIONS);
    }

    @Test
    void theDemoDomainHashesAtItsOwnCost() {
        assertThat(PasswordHasher.cost(true, 1_000)).isEqualTo(1_000);
        assertThat(PasswordHasher.cost(true, PasswordHashing.ITERATIONS)).isEqualTo(PasswordHashing.ITERATIONS);
    }

    @Test
    void aDemoCostBelowTheMinimumIsRefusedByName() {
        assertThatThrownBy(() -> PasswordHasher.cost(true, 999))
                .hasMessageContaining(PasswordHasher.DEMO_COST_KEY).hasMessageContaining("1000");
    }

    @Test
    void aHashAtTheDemoCostSaysItsCostAndVerifies() {
        PasswordHasher hasher = new PasswordHasher();
        hasher.useCost(PasswordHasher.cost(true, 1_000));
        char[] password = "correct horse battery".toCharArray();
        assertThat(hasher.hash(password)).startsWith("pbkdf2-sha256$1000$");
        assertThat(PasswordHashing.matches(password, hasher.hash(password))).isTrue();
        assertThat(PasswordHashing.matches(password, hasher.decoy())).isFalse();
    }
}
