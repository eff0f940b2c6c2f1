package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/**
 * The people of one test unit, opened through the account API: two officers, two supervisors
 * and two lawyers, so that separation of duties and row-level access can be tried. Every
 * test gets its own unit, so tests never see each other's requests.
 */
record Crew(String unit, String officer, String otherOfficer, String supervisor, String otherSupervisor,
        String legal, String otherLegal) {

    static final String PASSWORD = "a-long-enough-password";

    static Crew open() {
        ProductionCrew.ensure();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Crew crew = new Crew("Unit " + tag, "off1-" + tag, "off2-" + tag, "sgt1-" + tag, "sgt2-" + tag,
                "law1-" + tag, "law2-" + tag);
        crew.account(crew.officer, "OFFICER");
        crew.account(crew.otherOfficer, "OFFICER");
        crew.account(crew.supervisor, "SUPERVISOR");
        crew.account(crew.otherSupervisor, "SUPERVISOR");
        crew.account(crew.legal, "LEGAL");
        crew.account(crew.otherLegal, "LEGAL");
        return crew;
    }

    private void account(String username, String role) {
        account(username, unit, "\"" + role + "\"");
    }

    /** Opened with a first password, which the holder then replaces with {@link #PASSWORD}, as at a first log-on. */
    static void account(String username, String unit, String rolesJson) {
        int status = Api.as("admin").post("api/v1/accounts", """
            {"username": "%s", "displayName": "Test %s", "unit": "%s", "roles": [%s], "password": "%s"}"""
                .formatted(username, username, unit, rolesJson, TestAccounts.FIRST_PASSWORD)).statusCode();
        assertThat(status).as("opening " + username).isEqualTo(201);
        assertThat(TestAccounts.changeOwnPassword(username, TestAccounts.FIRST_PASSWORD, PASSWORD).statusCode())
                .as("first password of " + username).isEqualTo(204);
    }

    static Api as(String username) {
        return Api.as(username, PASSWORD);
    }
}
