package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/** Accounts the end-to-end tests open through the API, each with a name of its own. */
final class TestAccounts {

    static final String FIRST_PASSWORD = "first-password-from-it";
    static final String OWN_PASSWORD = "own-password-of-the-holder";

    private TestAccounts() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens an account with the first password; its holder has not changed it yet. */
    static String opened(String role) {
        String username = uniqueName(role.toLowerCase());
        HttpResponse<String> created = Api.as("admin").post("api/v1/accounts", """
            {"username": "%s", "displayName": "Test %s", "unit": "District 003", "roles": ["%s"],
             "password": "%s"}""".formatted(username, role, role, FIRST_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Opens an account whose holder has already chosen {@link #OWN_PASSWORD}. */
    static String ready(String role) {
        String username = opened(role);
        HttpResponse<String> changed = changeOwnPassword(username, FIRST_PASSWORD, OWN_PASSWORD);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return username;
    }

    static HttpResponse<String> changeOwnPassword(String username, String current, String next) {
        return Api.as(username, current).post("api/v1/accounts/" + username + "/password",
                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next));
    }

    /** The audit events on the account, newest first, as "ACTION OUTCOME by ACTOR". */
    static List<String> events(String username) {
        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?target=account:" + username + "&size=100"));
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " " + e.getString("outcome") + " by " + e.getString("actor"))
                .toList();
    }

    /** The newest event of that action on the account. */
    static JsonObject lastEvent(String username, String action) {
        JsonObject page = Api.json(Api.as("auditor").get("api/v1/audit/events?target=account:" + username
                + "&action=" + action + "&size=1"));
        return page.getJsonArray("events").getJsonObject(0);
    }
}
