package org.welcomingcity.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomingcity.identity.control.PasswordRefusedException.Reason;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    private static Reason reasonOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (PasswordRefusedException e) {
            return e.reason();
        }
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThatCode(() -> policy.check("password", "officer", "correct horse battery")).doesNotThrowAnyException();
    }

    @Test
    void theMinimumLengthIsInclusive() {
        assertThatCode(() -> policy.check("password", "officer", "x".repeat(5) + "7a-Q9zk")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("password", "officer", "short-pw-11"))
                .isInstanceOf(PasswordRefusedException.class)
                .hasMessage("password: must be at least 12 characters");
    }

    @Test
    void theMinimumComesFromTheSetting() {
        PasswordPolicy stricter = new PasswordPolicy(16);
        assertThatThrownBy(() -> stricter.check("newPassword", "officer", "fifteen-chars-x"))
                .hasMessage("newPassword: must be at least 16 characters");
    }

    @Test
    void anOverlongPasswordIsRefusedBeforeItIsHashed() {
        assertThat(reasonOf(() -> policy.check("password", "u1", "y".repeat(129))))
                .isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void theUserNameIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> policy.check("password", "sergeant.jones", "Sergeant.Jones"))
                .isInstanceOf(PasswordRefusedException.class)
                .hasMessage("password: must not be the user name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "123456789012", "QWERTY123456", "welcome-2021"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(reasonOf(() -> policy.check("password", "officer", common)))
                .isEqualTo(Reason.COMMON);
    }

    @Test
    void theMessageOfACommonPasswordSaysWhy() {
        assertThatThrownBy(() -> policy.check("password", "officer", "password1234"))
                .hasMessageStartingWith("password: is one of the most common passwords");
    }

    @Test
    void aChangeMustPickAnotherPassword() {
        assertThatThrownBy(() -> policy.checkChanged("newPassword", true))
                .hasMessage("newPassword: must differ from the current password");
        assertThatCode(() -> policy.checkChanged("newPassword", false)).doesNotThrowAnyException();
    }
}
