package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private static String hash(char[] password) {
        return PasswordHashing.hash(password, PasswordHashing.ITERATIONS);
    }

    @Test
    void theRightPasswordMatchesItsHash() {
        assertThat(PasswordHashing.matches(PASSWORD, hash(PASSWORD))).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertThat(PasswordHashing.matches("correct horse battery!".toCharArray(), hash(PASSWORD)))
                .isFalse();
    }

    @Test
    void everyHashHasItsOwnSaltAndNeverContainsThePassword() {
        String first = hash(PASSWORD);
        String second = hash(PASSWORD);
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$310000$").doesNotContain("horse");
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertThat(PasswordHashing.matches(PASSWORD, null)).isFalse();
        assertThat(PasswordHashing.matches(PASSWORD, "")).isFalse();
        assertThat(PasswordHashing.matches(PASSWORD, "md5$abc")).isFalse();
    }

    @Test
    void aStampTellsTheSameStoredHashFromAnotherWithoutThePassword() {
        String stored = hash(PASSWORD);
        String stamp = PasswordHashing.stamp(stored);
        assertThat(PasswordHashing.stamped(stored, stamp)).isTrue();
        assertThat(PasswordHashing.stamped(hash(PASSWORD), stamp)).as("the same password set again")
                .isFalse();
        assertThat(PasswordHashing.stamped(stored, null)).isFalse();
        assertThat(stamp).hasSize(64).doesNotContain(stored.substring(stored.lastIndexOf('$') + 1));
    }
}
