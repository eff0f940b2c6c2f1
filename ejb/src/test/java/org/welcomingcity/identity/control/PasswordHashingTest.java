package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void theRightPasswordMatchesItsHash() {
        assertThat(PasswordHashing.matches(PASSWORD, PasswordHashing.hash(PASSWORD))).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertThat(PasswordHashing.matches("correct horse battery!".toCharArray(), PasswordHashing.hash(PASSWORD)))
                .isFalse();
    }

    @Test
    void everyHashHasItsOwnSaltAndNeverContainsThePassword() {
        String first = PasswordHashing.hash(PASSWORD);
        String second = PasswordHashing.hash(PASSWORD);
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$310000$").doesNotContain("horse");
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertThat(PasswordHashing.matches(PASSWORD, null)).isFalse();
        assertThat(PasswordHashing.matches(PASSWORD, "")).isFalse();
        assertThat(PasswordHashing.matches(PASSWORD, "md5$abc")).isFalse();
    }
}
