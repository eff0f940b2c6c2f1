package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts through the REST API and the AccountDirectory EJB, on the real database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    private static String newAccount(String username) {
        return """
            {"username": "%s", "displayName": "Sergeant Test", "unit": "District 002",
             "roles": ["SUPERVISOR"], "password": "a-long-enough-password"}""".formatted(username);
    }

    @Test
    void anAccountCreatedByAnAdministratorIsStoredAndReadBack() {
        String username = "sgt-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = Api.as("admin").post("api/v1/accounts", newAccount(username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> read = Api.as("admin").get("api/v1/accounts/" + username);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject account = Api.json(read);
        assertThat(account.getString("username")).isEqualTo(username);
        assertThat(account.getString("unit")).isEqualTo("District 002");
        assertThat(account.getJsonArray("roles").getString(0)).isEqualTo("SUPERVISOR");
        assertThat(read.body()).doesNotContain("password");
    }

    /** A directory opens an account for every officer who signs in: a search shows the first ones, and counts all. */
    @Test
    void aSearchShowsTheFirstAccountsByUserNameAndSaysHowManyMatch() {
        String prefix = "find-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (String name : List.of("c", "a", "b")) {
            HttpResponse<String> created = Api.as("admin").post("api/v1/accounts", newAccount(prefix + name));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        HttpResponse<String> first = Api.as("admin").get("api/v1/accounts?size=2&filter=" + prefix.toUpperCase(Locale.ROOT));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Api.jsonArray(first).getValuesAs(JsonObject.class)).extracting(a -> a.getString("username"))
                .containsExactly(prefix + "a", prefix + "b");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");

        HttpResponse<String> all = Api.as("admin").get("api/v1/accounts?filter=" + prefix);
        assertThat(Api.jsonArray(all)).hasSize(3);
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue("3");

        for (String size : List.of("0", "-1", "two")) {
            HttpResponse<String> refused = Api.as("admin").get("api/v1/accounts?size=" + size);
            assertThat(refused.statusCode()).as(size).isEqualTo(400);
            assertThat(refused.body()).as(size).contains("size");
        }
    }

    @Test
    void theNewAccountCanSignIn() {
        String username = "sgt-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("admin").post("api/v1/accounts", newAccount(username));

        assertThat(TestAccounts.changeOwnPassword(username, "a-long-enough-password", "the-holder-chose-this")
                .statusCode()).as("the first password is changed at the first log-on").isEqualTo(204);

        HttpResponse<String> ownCall = Api.as(username, "the-holder-chose-this").get("api/v1/accounts/" + username);

        assertThat(ownCall.statusCode()).as("a supervisor is signed in but may not read accounts").isEqualTo(403);
        assertThat(Api.json(ownCall).getString("message")).isEqualTo("Your role may not do this.");
    }

    @Test
    void theEjbRefusesEveryRoleButAdmin() {
        for (String role : new String[] {"officer", "supervisor", "legal", "auditor"}) {
            HttpResponse<String> response = Api.as(role).get("api/v1/accounts/officer");
            assertThat(response.statusCode()).as(role).isEqualTo(403);
            assertThat(Api.json(response).getString("message")).isEqualTo("Your role may not do this.");
        }
        assertThat(Api.as("admin").get("api/v1/accounts/officer").statusCode()).isEqualTo(200);
    }

    @Test
    void aDuplicateUsernameIsAConflictAndChangesNothing() {
        HttpResponse<String> response = Api.as("admin").post("api/v1/accounts", newAccount("officer"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Api.json(response).getString("message")).contains("'officer' already exists");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/officer")).getJsonArray("roles").getString(0))
                .isEqualTo("OFFICER");
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        HttpResponse<String> response = Api.as("admin").post("api/v1/accounts", """
            {"username": "Bad Name", "displayName": "", "roles": ["OFFICER"], "password": "a-long-enough-password"}""");
        HttpResponse<String> weak = Api.as("admin").post("api/v1/accounts", """
            {"username": "good-name", "displayName": "x", "roles": ["OFFICER"], "password": "short"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).getString("message")).contains("username:").contains("displayName:");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(Api.json(weak).getString("message")).isEqualTo("password: must be at least 12 characters");
    }

    @Test
    void callersWithoutValidCredentialsGet401() {
        assertThat(Api.anonymous().get("api/v1/accounts/officer").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = Api.as("admin", "not-the-password").get("api/v1/accounts/officer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void fiveFailedLogOnsInARowLockTheAccountEvenForTheRightPassword() {
        String username = "sgt-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("admin").post("api/v1/accounts", newAccount(username));

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(Api.as(username, "wrong-password-" + attempt).get("api/v1/ping").statusCode()).isEqualTo(401);
        }
        assertThat(Api.as(username, "a-long-enough-password").get("api/v1/ping").statusCode())
                .as("locked for 10 minutes").isEqualTo(401);

        JsonObject events = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=" + username + "&size=20"));
        assertThat(events.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsSubsequence("LOGON_LOCKED", "ACCOUNT_LOCKED", "LOGON_FAILED") // newest first
                .filteredOn("LOGON_FAILED"::equals).hasSize(5);
    }

    @Test
    void anUnknownAccountIs404() {
        HttpResponse<String> response = Api.as("admin").get("api/v1/accounts/nobody-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Api.json(response).getString("message")).isEqualTo("No account named 'nobody-here'.");
    }
}
