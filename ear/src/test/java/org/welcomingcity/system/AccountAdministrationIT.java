package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.system.TestAccounts.FIRST_PASSWORD;
import static org.welcomingcity.system.TestAccounts.OWN_PASSWORD;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Account administration over the REST API: each change, its effect on signing in, and its audit event. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    private static HttpResponse<String> ping(String username, String password) {
        return Api.as(username, password).get("api/v1/ping");
    }

    @Test
    void anAdministratorUnlocksALockedAccountAndItsHolderSignsInAgain() {
        String username = TestAccounts.ready("OFFICER");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(ping(username, "wrong-password-" + attempt).statusCode()).isEqualTo(401);
        }
        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("locked").isEqualTo(401);
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getBoolean("locked")).isTrue();

        HttpResponse<String> unlocked = Api.as("admin").post("api/v1/accounts/" + username + "/unlock");

        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(Api.json(unlocked).getBoolean("locked")).isFalse();
        assertThat(ping(username, OWN_PASSWORD).statusCode()).isEqualTo(200);
        JsonObject event = TestAccounts.lastEvent(username, "ACCOUNT_UNLOCKED");
        assertThat(event.getString("actor")).isEqualTo("admin");
        assertThat(event.getString("detail")).contains("\"failedLogons\":\"5\"").contains("\"wasLocked\":\"true\"");
    }

    @Test
    void aResetPasswordMustBeChangedBeforeTheApiAnswersAnythingElse() {
        String username = TestAccounts.ready("OFFICER");
        assertThat(ping(username, OWN_PASSWORD).statusCode()).isEqualTo(200); // now remembered for a minute

        HttpResponse<String> reset = Api.as("admin").post("api/v1/accounts/" + username + "/password-reset",
                "{\"password\": \"reset-by-city-it-42\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(Api.json(reset).getBoolean("mustChangePassword")).isTrue();

        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("the old password is gone at once").isEqualTo(401);
        HttpResponse<String> refused = ping(username, "reset-by-city-it-42");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Api.json(refused).getString("message")).contains("must be changed first")
                .contains("/welcoming/api/v1/accounts/" + username + "/password");

        HttpResponse<String> changed = TestAccounts.changeOwnPassword(username, "reset-by-city-it-42", "chosen-by-the-holder");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(ping(username, "chosen-by-the-holder").statusCode()).isEqualTo(200);
        assertThat(TestAccounts.events(username)).containsSubsequence("PASSWORD_CHANGED SUCCESS by " + username,
                "PASSWORD_RESET SUCCESS by admin");
    }

    @Test
    void aDisabledAccountGets401AtOnceAndWorksAgainWhenEnabled() {
        String username = TestAccounts.ready("OFFICER");
        assertThat(ping(username, OWN_PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = Api.as("admin").post("api/v1/accounts/" + username + "/disable");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("not after the credential cache expires: now")
                .isEqualTo(401);

        assertThat(Api.as("admin").post("api/v1/accounts/" + username + "/enable").statusCode()).isEqualTo(200);
        assertThat(ping(username, OWN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(TestAccounts.events(username)).containsSubsequence("ACCOUNT_ENABLED SUCCESS by admin",
                "ACCOUNT_DISABLED SUCCESS by admin");
    }

    @Test
    void aLockAfterFailedLogOnsEndsTheRememberedLogOnAtOnce() {
        String username = TestAccounts.ready("OFFICER");
        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("verified, now remembered").isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(ping(username, "wrong-password-" + attempt).statusCode()).isEqualTo(401);
        }

        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("locked: the right password no longer works, now")
                .isEqualTo(401);
        assertThat(TestAccounts.lastEvent(username, "LOGON_LOCKED").getString("actor"))
                .as("the refused call is checked and audited, not answered from memory").isEqualTo(username);
    }

        @Test
    void aLogOnIsRememberedUntilTheAccountChanges() {
        String username = TestAccounts.ready("OFFICER");
        String logOns = "api/v1/audit/events?actor=" + username + "&action=LOGON&size=1";
        long before = Api.json(Api.as("auditor").get(logOns)).getJsonNumber("total").longValue();

        for (int call = 0; call < 3; call++) {
            assertThat(ping(username, OWN_PASSWORD).statusCode()).isEqualTo(200);
        }

        assertThat(Api.json(Api.as("auditor").get(logOns)).getJsonNumber("total").longValue())
                .as("verified once, then remembered: log-ons do not count as changes").isEqualTo(before + 1);
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextCall() {
        String username = TestAccounts.ready("OFFICER");
        assertThat(Api.as(username, OWN_PASSWORD).get("api/v1/audit/verification").statusCode()).isEqualTo(403);

        HttpResponse<String> changed = Api.as("admin").put("api/v1/accounts/" + username + "/roles",
                "{\"roles\": [\"AUDITOR\"]}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Api.as(username, OWN_PASSWORD).get("api/v1/audit/verification").statusCode()).isEqualTo(200);
        JsonObject event = TestAccounts.lastEvent(username, "ROLES_CHANGED");
        assertThat(event.getString("detail")).isEqualTo("{\"from\":\"[OFFICER]\",\"to\":\"[AUDITOR]\"}");
        assertThat(event.getString("actorRole")).isEqualTo("ADMIN");
    }

    @Test
    void anAdministratorCannotChangeTheirOwnAccount() {
        HttpResponse<String> refused = Api.as("admin").put("api/v1/accounts/admin/roles", "{\"roles\": [\"OFFICER\"]}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Api.json(refused).getString("message")).startsWith("Separation of duties");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/admin")).getJsonArray("roles").getString(0))
                .isEqualTo("ADMIN");
        JsonObject denied = TestAccounts.lastEvent("admin", "ROLES_CHANGED");
        assertThat(denied.getString("outcome")).isEqualTo("DENIED");
        assertThat(denied.getString("detail")).isEqualTo("{\"reason\":\"own account\"}");
        assertThat(Api.as("admin").post("api/v1/accounts/admin/disable").statusCode()).isEqualTo(403);
    }

    @Test
    void administrationAndAuditAreNeverHeldWithAnotherRole() {
        String username = TestAccounts.ready("OFFICER");

        HttpResponse<String> refused = Api.as("admin").put("api/v1/accounts/" + username + "/roles",
                "{\"roles\": [\"OFFICER\", \"ADMIN\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).getString("message")).startsWith("roles: ADMIN and AUDITOR are each held alone");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflict() {
        String username = TestAccounts.ready("OFFICER");
        long seen = Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getJsonNumber("version").longValue();

        HttpResponse<String> first = Api.as("admin").put("api/v1/accounts/" + username + "/unit",
                "{\"unit\": \"District 004\", \"version\": " + seen + "}");
        HttpResponse<String> second = Api.as("admin").put("api/v1/accounts/" + username + "/unit",
                "{\"unit\": \"District 005\", \"version\": " + seen + "}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Api.json(second).getString("message")).contains("changed by someone else meanwhile");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getString("unit")).isEqualTo("District 004");
        assertThat(TestAccounts.lastEvent(username, "UNIT_CHANGED").getString("detail"))
                .isEqualTo("{\"from\":\"District 003\",\"to\":\"District 004\"}");
    }

    @Test
    void thePasswordPolicyIsAppliedToCreationResetAndChange() {
        String username = TestAccounts.uniqueName("weak");
        String body = "{\"username\": \"%s\", \"displayName\": \"W\", \"roles\": [\"OFFICER\"], \"password\": \"%s\"}";

        assertThat(Api.json(Api.as("admin").post("api/v1/accounts", body.formatted(username, "short-pw")))
                .getString("message")).isEqualTo("password: must be at least 12 characters");
        assertThat(Api.json(Api.as("admin").post("api/v1/accounts", body.formatted(username, username.toUpperCase())))
                .getString("message")).isEqualTo("password: must not be the user name");
        HttpResponse<String> common = Api.as("admin").post("api/v1/accounts", body.formatted(username, "Password1234"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(Api.json(common).getString("message")).startsWith("password: is one of the most common passwords");
        assertThat(Api.as("admin").get("api/v1/accounts/" + username).statusCode()).as("nothing created").isEqualTo(404);

        String holder = TestAccounts.ready("OFFICER");
        assertThat(Api.json(Api.as("admin").post("api/v1/accounts/" + holder + "/password-reset",
                "{\"password\": \"" + holder + "\"}")).getString("message")).isEqualTo("password: must not be the user name");
        assertThat(Api.json(TestAccounts.changeOwnPassword(holder, OWN_PASSWORD, "qwerty123456")).getString("message"))
                .startsWith("newPassword: is one of the most common passwords");
        assertThat(Api.json(TestAccounts.changeOwnPassword(holder, OWN_PASSWORD, OWN_PASSWORD)).getString("message"))
                .isEqualTo("newPassword: must differ from the current password");
    }

    @Test
    void theAnnualReviewListsEveryAccountAsDefusedCsv() {
        String username = TestAccounts.uniqueName("csv");
        assertThat(Api.as("admin").post("api/v1/accounts", """
            {"username": "%s", "displayName": "=SUM(1,2)", "unit": "District 009", "roles": ["LEGAL"],
             "password": "%s"}""".formatted(username, FIRST_PASSWORD)).statusCode()).isEqualTo(201);

        HttpResponse<String> csv = Api.as("admin").get("api/v1/accounts", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).contains("attachment"));
        assertThat(csv.body()).startsWith("username,name,unit,roles,enabled,locked,created_utc,last_logon_utc,"
                + "last_role_change_utc,external\r\n");
        assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line)
                .startsWith(username + ",\"'=SUM(1,2)\",District 009,LEGAL,true,false,20").endsWith("Z,false"));
        assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line).startsWith("officer,"));
        assertThat(Api.json(Api.as("auditor").get("api/v1/audit/events?action=ACCOUNT_REVIEW_EXPORTED&actor=admin&size=1"))
                .getJsonNumber("total").longValue()).isPositive();
    }

    @Test
    void theListIsFilteredAndShowsTheLastLogOn() {
        String username = TestAccounts.ready("SUPERVISOR");
        ping(username, OWN_PASSWORD);

        HttpResponse<String> list = Api.as("admin").get("api/v1/accounts?filter=" + username);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Api.jsonArray(list)).hasSize(1);
        JsonObject account = Api.jsonArray(list).getJsonObject(0);
        assertThat(account.getString("username")).isEqualTo(username);
        assertThat(account.getString("lastLogonAt")).isNotBlank();
        assertThat(account.getBoolean("mustChangePassword")).isFalse();
        assertThat(TestAccounts.events(username)).last().isEqualTo("ACCOUNT_CREATED SUCCESS by admin");
    }

    @Test
    void anAdministratorMarksASystemsAccountAsAServiceAccountAndTheChangeIsAudited() {
        String username = TestAccounts.ready("AUDITOR");
        String path = "api/v1/accounts/" + username + "/service-account";
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getBoolean("serviceAccount"))
                .as("a person's until marked").isFalse();

        HttpResponse<String> notAFlag = Api.as("admin").put(path, "{\"serviceAccount\": \"yes\"}");
        HttpResponse<String> missing = Api.as("admin").put(path, "{}");
        HttpResponse<String> marked = Api.as("admin").put(path, "{\"serviceAccount\": true}");

        assertThat(Api.json(notAFlag).getString("message")).startsWith("serviceAccount: expected true or false");
        assertThat(Api.json(missing).getString("message")).isEqualTo("serviceAccount: required");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(Api.json(marked).getBoolean("serviceAccount")).isTrue();
        JsonObject event = TestAccounts.lastEvent(username, "SERVICE_ACCOUNT_CHANGED");
        assertThat(event.getString("actor")).isEqualTo("admin");
        assertThat(event.getString("detail")).isEqualTo("{\"from\":\"false\",\"to\":\"true\"}");
        assertThat(ping(username, OWN_PASSWORD).statusCode()).as("with the database store, as before").isEqualTo(200);
        assertThat(Api.as("admin").put("api/v1/accounts/admin/service-account", "{\"serviceAccount\": true}")
                .statusCode()).as("not their own").isEqualTo(403);
    }

    @Test
    void bodiesAreReadStrictlyAndUnknownAccountsAre404() {
        String username = TestAccounts.ready("OFFICER");

        HttpResponse<String> unknownField = Api.as("admin").put("api/v1/accounts/" + username + "/roles",
                "{\"roles\": [\"OFFICER\"], \"immigrationStatus\": \"x\"}");
        HttpResponse<String> twice = Api.as("admin").put("api/v1/accounts/" + username + "/unit",
                "{\"unit\": \"a\", \"unit\": \"b\"}");
        HttpResponse<String> unknownRole = Api.as("admin").put("api/v1/accounts/" + username + "/roles",
                "{\"roles\": [\"CHIEF\"]}");
        HttpResponse<String> noRoles = Api.as("admin").put("api/v1/accounts/" + username + "/roles", "{\"roles\": []}");
        HttpResponse<String> nobody = Api.as("admin").post("api/v1/accounts/nobody-here/disable");

        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknownField).getString("message")).startsWith("immigrationStatus: refused: the application never");
        assertThat(Api.json(twice).getString("message")).isEqualTo("unit: given twice");
        assertThat(Api.json(unknownRole).getString("message")).startsWith("roles: unknown value 'CHIEF'");
        assertThat(Api.json(noRoles).getString("message")).isEqualTo("roles: required");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(Api.as("officer").post("api/v1/accounts/" + username + "/disable").statusCode()).isEqualTo(403);
    }

    @Test
    void aUserMayChangeOnlyTheirOwnPassword() {
        String username = TestAccounts.ready("OFFICER");

        HttpResponse<String> other = Api.as(username, OWN_PASSWORD).post("api/v1/accounts/officer/password",
                "{\"currentPassword\": \"x\", \"newPassword\": \"y-long-enough-123\"}");

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(Api.json(other).getString("message")).isEqualTo("You may change only your own password.");
    }
}
