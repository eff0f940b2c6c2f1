package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The city's directory as the identity store: a real LDAP server (UnboundID's in-memory
 * directory, started here before the deployment) with people in groups, and a deployment
 * configured with {@code welcoming.identity.store=ldap}, a group-to-role mapping and the
 * person's unit from {@code departmentNumber}.
 */
@OwnDeployment
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectorySignInIT {

    private static final String BASE = "dc=city,dc=test";
    /** The unit of two people in the directory; new at each run, so only this run's requests are theirs. */
    private static final String UNIT = "District " + UUID.randomUUID().toString().substring(0, 8);
    /**
     * The people of this run's directory, also new at each run: the directory gives each entry a
     * new id when it starts, so a second run on the same database would otherwise meet the first
     * run's accounts under the same names, held by other people.
     */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String ALICE = "alice-" + RUN;
    private static final String BOB = "bob-" + RUN;
    private static final String CAROL = "carol-" + RUN;
    private static final String DAVE = "dave-" + RUN;
    private static final String ERIN = "erin-" + RUN;
    private static final String FRANK = "frank-" + RUN;
    private static final InMemoryDirectoryServer DIRECTORY = startDirectory();

    private static InMemoryDirectoryServer startDirectory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials("cn=welcoming,ou=services," + BASE, "service-password");
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: city");
            for (String unit : List.of("people", "groups", "services")) {
                server.add("dn: ou=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
            }
            for (String person : List.of(ALICE, BOB, CAROL, FRANK)) {
                server.add("dn: uid=" + person + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + person,
                        "cn: " + person, "sn: " + person, "userPassword: " + person + "-directory-password");
            }
            for (String person : List.of(DAVE, ERIN)) {
                server.add("dn: uid=" + person + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + person,
                        "cn: " + person, "sn: " + person, "displayName: Sgt. " + person, "departmentNumber: " + UNIT,
                        "userPassword: " + person + "-directory-password");
            }
            // the same user name as a database (demo) account: another person, who must not get it
            server.add("dn: uid=officer,ou=people," + BASE, "objectClass: inetOrgPerson", "uid: officer",
                    "cn: officer", "sn: officer", "userPassword: officer-directory-password");
            group(server, "patrol-officers", ALICE, DAVE, "officer");
            group(server, "watch-commanders", ERIN, FRANK);
            group(server, "inspector-general", BOB, FRANK);
            group(server, "everyone", ALICE, BOB, CAROL);
            server.startListening();
            return server;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    private static void group(InMemoryDirectoryServer server, String name, String... members) throws LDAPException, LDIFException {
        List<String> entry = new ArrayList<>(List.of("dn: cn=" + name + ",ou=groups," + BASE,
                "objectClass: groupOfNames", "cn: " + name));
        for (String member : members) {
            entry.add("member: uid=" + member + ",ou=people," + BASE);
        }
        server.add(entry.toArray(String[]::new));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        TestDomain.demoAccountsOff(); // demo accounts beside the directory stop the deployment
        return Deployments.welcomingConfiguredWith(Map.ofEntries(
                Map.entry("welcoming.identity.store", "ldap"),
                Map.entry("welcoming.identity.group-roles", "patrol-officers=OFFICER;inspector-general=AUDITOR;watch-commanders=SUPERVISOR"),
                Map.entry("welcoming.identity.ldap.unit-attribute", "departmentNumber"),
                Map.entry("welcoming.identity.ldap.url", "ldap://localhost:" + DIRECTORY.getListenPort()),
                // the in-memory directory speaks plain LDAP on the loopback; a city's uses ldaps://
                Map.entry("welcoming.identity.ldap.allow-plain-ldap", "true"),
                Map.entry("welcoming.identity.ldap.bind-dn", "cn=welcoming,ou=services," + BASE),
                Map.entry("welcoming.identity.ldap.bind-password", "service-password"),
                Map.entry("welcoming.identity.ldap.user-base", "ou=people," + BASE),
                Map.entry("welcoming.identity.ldap.user-filter", "(&(objectClass=inetOrgPerson)(uid={0}))"),
                Map.entry("welcoming.identity.ldap.group-base", "ou=groups," + BASE)));
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.shutDown(true);
        TestDomain.demoAccountsOn();
    }

    private static Api directory(String person) {
        return Api.as(person, person + "-directory-password");
    }

    @Test
    void directoryGroupsBecomeTheRolesTheyAreMappedTo() {
        assertThat(directory(ALICE).get("api/v1/ping").statusCode()).isEqualTo(200);
        assertThat(directory(ALICE).get("api/v1/audit/events?size=1").statusCode())
                .as("an officer may not read the audit trail").isEqualTo(403);
        assertThat(directory(BOB).get("api/v1/audit/events?size=1").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsUnmappedGroupsAndDatabaseAccountsAreRefused() {
        assertThat(Api.as(ALICE, "not-the-password").get("api/v1/ping").statusCode()).isEqualTo(401);
        assertThat(directory(CAROL).get("api/v1/ping").statusCode()).as("only 'everyone'").isEqualTo(401);
        assertThat(Api.as("officer").get("api/v1/ping").statusCode()).as("the database store is off").isEqualTo(401);
        assertThat(Api.as("*", ALICE + "-directory-password").get("api/v1/ping").statusCode()).isEqualTo(401);
    }

    @Test
    void logOnsThroughTheDirectoryAreAudited() {
        directory(ALICE).get("api/v1/ping");
        directory(CAROL).get("api/v1/ping");

        JsonObject alice = latest(ALICE + "&action=LOGON");
        assertThat(alice.getString("detail")).contains("\"source\":\"ldap\"").contains("OFFICER");
        JsonObject carol = latest(CAROL);
        assertThat(carol.getString("action")).isEqualTo("LOGON_FAILED");
        assertThat(carol.getString("detail")).contains("no group mapped to a role");
    }

    @Test
    void aNameTypedInAnotherCaseReachesTheSameAccount() {
        assertThat(directory(DAVE).get("api/v1/ping").statusCode()).isEqualTo(200);

        String typed = DAVE.toUpperCase(Locale.ROOT);
        assertThat(Api.as(typed, DAVE + "-directory-password").get("api/v1/ping").statusCode()).isEqualTo(200);

        assertThat(latest(DAVE + "&action=LOGON").getString("target")).as("signed in as the account recorded first")
                .isEqualTo("account:" + DAVE);
        assertThat(Api.json(directory(BOB).get("api/v1/audit/events?size=1&action=ACCOUNT_PROVISIONED&target=account:"
                + typed))
                .getJsonNumber("total").longValue()).as("no second account").isZero();
        assertThat(Api.json(directory(BOB).get("api/v1/audit/events?size=1&actor=" + typed))
                .getJsonNumber("total").longValue()).as("every event names the account as recorded").isZero();
    }

    @Test
    void anAuditorWhoIsAlsoASupervisorInTheDirectoryIsRefused() {
        assertThat(directory(FRANK).get("api/v1/ping").statusCode()).as("AUDITOR and SUPERVISOR").isEqualTo(401);

        JsonObject refused = latest(FRANK);
        assertThat(refused.getString("action")).isEqualTo("LOGON_FAILED");
        assertThat(refused.getString("detail")).contains("\"source\":\"ldap\"").contains("separation of duties");
        assertThat(Api.json(directory(BOB).get("api/v1/audit/events?size=1&action=ACCOUNT_PROVISIONED&target=account:"
                + FRANK))
                .getJsonNumber("total").longValue()).as("no account is recorded for a refused person").isZero();
    }

    private static JsonObject latest(String query) {
        JsonObject page = Api.json(directory(BOB).get("api/v1/audit/events?size=1&actor=" + query));
        return page.getJsonArray("events").getJsonObject(0);
    }

    @Test
    void aSupervisorFromTheDirectoryReviewsTheRequestOfAnOfficerOfTheSameUnit() {
        HttpResponse<String> created = directory(DAVE).post("api/v1/requests", Intakes.courtOrder());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Api.json(created).getJsonNumber("id").longValue();

        JsonObject unitRequests = Api.json(directory(ERIN).get("api/v1/requests"));
        assertThat(unitRequests.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(id);
        HttpResponse<String> review = directory(ERIN).post("api/v1/requests/" + id + "/steps/start-review", "");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(Api.json(review).getString("state")).isEqualTo("UNDER_SUPERVISOR_REVIEW");

        JsonObject provisioned = event("action=ACCOUNT_PROVISIONED&target=account:" + ERIN);
        assertThat(provisioned.getString("detail")).contains(UNIT).contains("SUPERVISOR").contains("Sgt. " + ERIN);
    }

    @Test
    void aDatabaseAccountOfTheSameNameIsNotTakenOver() {
        assertThat(directory("officer").get("api/v1/ping").statusCode()).isEqualTo(401);

        assertThat(event("action=ACCOUNT_NAME_COLLISION&target=account:officer").getString("outcome"))
                .isEqualTo("DENIED");
        assertThat(latest("officer").getString("detail")).contains("a database account has this user name");
        assertThat(Api.as("officer").get("api/v1/ping").statusCode()).as("the database store is off").isEqualTo(401);
    }

    /** The latest event of the query, which must have found one. */
    private static JsonObject event(String query) {
        JsonObject page = Api.json(directory(BOB).get("api/v1/audit/events?size=1&" + query));
        assertThat(page.getJsonNumber("total").longValue()).as(query).isPositive();
        return page.getJsonArray("events").getJsonObject(0);
    }

    @Test
    void aDirectoryAccountSignsInOnTheLogOnPage() {
        ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, ALICE, ALICE + "-directory-password");

            assertThat(browser.findElement(By.id("home-title")).getText()).isEqualTo("Officer desk");
            assertThat(browser.findElement(By.cssSelector(".site-header__user")).getText()).contains(ALICE);
        } finally {
            Browser.release(browser);
        }
    }
}
