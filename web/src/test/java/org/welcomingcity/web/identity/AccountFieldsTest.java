package org.welcomingcity.web.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.web.api.InvalidRequestException;

class AccountFieldsTest {

    private static String refusal(Runnable reading) {
        try {
            reading.run();
            return null;
        } catch (InvalidRequestException e) {
            return e.getMessage();
        }
    }

    @Test
    void rolesAndVersionAreRead() {
        AccountFields fields = AccountFields.read("{\"roles\": [\"OFFICER\", \"LEGAL\"], \"version\": 4}", false,
                "roles", "version");
        assertThat(fields.roles("roles")).isEqualTo(Set.of(Role.OFFICER, Role.LEGAL));
        assertThat(fields.version()).isEqualTo(4L);
        fields.check();
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        String message = refusal(() -> {
            AccountFields fields = AccountFields.read("{\"roles\": [\"CHIEF\"], \"version\": \"4\", \"extra\": 1}",
                    false, "roles", "version");
            fields.roles("roles");
            fields.version();
            fields.check();
        });
        assertThat(message).contains("extra: unknown field").contains("roles: unknown role \"CHIEF\"")
                .contains("version: expected");
    }

    @Test
    void aMissingRequiredTextIsNamed() {
        String message = refusal(() -> {
            AccountFields fields = AccountFields.read("{\"password\": null}", false, "password");
            fields.text("password", true);
            fields.check();
        });
        assertThat(message).isEqualTo("password: required");
    }

    @Test
    void anOptionalBodyMayBeEmptyButNotMalformed() {
        assertThat(AccountFields.read("", true, "version").version()).isNull();
        assertThatThrownBy(() -> AccountFields.read("{\"version\": 1, \"version\": 2}", true, "version"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
