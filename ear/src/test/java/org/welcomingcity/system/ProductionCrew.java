package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a production-mode database (the PostgreSQL run) there are no demo accounts: the suite
 * starts, as a city would, from the first administrator that setup opened with a one-time
 * password. Before the first test, that administrator chooses the crew's password and opens
 * the other four accounts the tests sign in with, each of which then chooses it too. On the
 * embedded database (no first-administrator password given to the tests) it does nothing.
 */
public final class ProductionCrew implements BeforeEachCallback {

    private static final String FIRST_ADMIN_PASSWORD = System.getProperty("welcoming.test.first-admin-password", "");
    /** The crew besides the administrator. */
    static final List<String> OTHERS = List.of("officer", "supervisor", "legal", "auditor");
    private static volatile boolean ready;

    @Override
    public void beforeEach(ExtensionContext context) {
        ensure();
    }

    /**
     * Opens the crew once, if it is not open yet. Also called by {@link Crew#open()}, which test
     * classes call in their {@code @BeforeAll}, before any {@code beforeEach} has run.
     */
    static void ensure() {
        if (ready || FIRST_ADMIN_PASSWORD.isBlank()) {
            return;
        }
        synchronized (ProductionCrew.class) {
            if (!ready && prepared()) {
                ready = true;
            }
        }
    }

    /** False while a deployment with another identity store answers; a later test tries again. */
    private static boolean prepared() {
        if (Api.as("admin").get("api/v1/ping").statusCode() != 200) {
            HttpResponse<String> chosen = TestAccounts.changeOwnPassword("admin", FIRST_ADMIN_PASSWORD, Api.DEMO_PASSWORD);
            if (chosen.statusCode() != 204) {
                return false;
            }
        }
        for (String name : OTHERS) {
            if (Api.as(name).get("api/v1/ping").statusCode() == 200) {
                continue;
            }
            HttpResponse<String> opened = Api.as("admin").post("api/v1/accounts", """
                {"username": "%s", "displayName": "Crew %s", "unit": "District 001", "roles": ["%s"],
                 "password": "%s"}""".formatted(name, name, name.toUpperCase(), TestAccounts.FIRST_PASSWORD));
            assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
            HttpResponse<String> chosen = TestAccounts.changeOwnPassword(name, TestAccounts.FIRST_PASSWORD,
                    Api.DEMO_PASSWORD);
            assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(204);
        }
        return true;
    }
}
