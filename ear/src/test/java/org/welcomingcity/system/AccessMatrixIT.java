package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.welcomingcity.system.AccessMatrix.Role;

/**
 * The access matrix, proven against the deployed application: every role against every REST
 * endpoint and every page in {@link AccessMatrix}. Refused endpoints answer 403; refused pages
 * answer 404, as if they did not exist; nobody signed in gets 401 or the log-on page. Accounts
 * with several roles meet, on a real request, exactly the statuses of the table's request rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @Test
    void everyRoleMeetsExactlyTheRestEndpointsTheTableGivesIt() {
        List<String> wrong = new ArrayList<>();
        for (AccessMatrix.Endpoint endpoint : AccessMatrix.ENDPOINTS) {
            for (Role role : Role.values()) {
                Api api = Api.as(role.name().toLowerCase(Locale.ROOT));
                HttpResponse<String> response = switch (endpoint.method()) {
                    case "GET" -> api.get(endpoint.path(), endpoint.mediaType());
                    case "PUT" -> api.put(endpoint.path(), endpoint.body());
                    default -> api.post(endpoint.path(), endpoint.mediaType(), endpoint.body());
                };
                boolean allowed = endpoint.allowed().contains(role);
                int status = response.statusCode();
                if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
                    wrong.add(role + " " + endpoint + " -> " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
            }
            int anonymous = Api.anonymous().get(endpoint.path()).statusCode();
            if (anonymous != 401) {
                wrong.add("nobody " + endpoint + " -> " + anonymous + " (should be 401)");
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    @Test
    void everyRoleSeesExactlyThePagesTheTableGivesItAndNoOthers() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String session = signIn(role.name().toLowerCase(Locale.ROOT));
            for (AccessMatrix.Page page : AccessMatrix.PAGES) {
                HttpResponse<String> response = get(page.path(), session);
                boolean allowed = page.allowed().contains(role);
                boolean shown = page.shownAs() == null
                        ? response.statusCode() == 200 && !response.body().contains("Page not found") || redirectsHome(response)
                        : response.body().contains(page.shownAs());
                boolean hidden = response.statusCode() == 404 && response.body().contains("Page not found")
                        && (page.shownAs() == null || !response.body().contains(page.shownAs()));
                if (allowed ? !shown : !hidden) {
                    wrong.add(role + " " + page + " -> " + response.statusCode()
                            + (allowed ? " (should be shown)" : " (should be Page not found)"));
                }
            }
        }
        for (AccessMatrix.Page page : AccessMatrix.PAGES) {
            HttpResponse<String> response = get(page.path(), null);
            boolean toLogOn = response.statusCode() == 302 || response.statusCode() == 303
                    || response.body().contains("login:username");
            if (!toLogOn) {
                wrong.add("nobody " + page + " -> " + response.statusCode() + " (should be the log-on page)");
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    /** Every step is sent with what it needs, so that only access can refuse it. */
    private static final Map<String, String> BODIES = Map.of(
            "approve", """
                {"scope": ["CUSTODY_STATUS"], "caseNumber": "1:26-cr-00417",
                 "checklist": {"issuedByCourt": true, "signedByJudge": true, "caseNumberShown": true,
                 "requirementStated": true}}""",
            "refuse", "{\"reason\": \"written reason\"}",
            "return", "{\"reason\": \"written reason\"}",
            "decline", "{\"reason\": \"written reason\"}",
            "disclose", "{\"released\": [\"CUSTODY_STATUS\"], \"recipient\": \"Agent Reyes\"}",
            "resubmit", "{\"correction\": " + Intakes.courtOrder() + "}");

    @Test
    void accountsWithSeveralRolesActOnARequestOnlyAsTheirUnitAndItsHistoryAllow() {
        Crew crew = Crew.open();
        List<String> wrong = new ArrayList<>();
        int row = 0;
        for (AccessMatrix.RequestRow cell : AccessMatrix.REQUEST_ROWS) {
            String me = "multi-" + row++ + "-" + crew.officer();
            String roles = Arrays.stream(cell.roles().split(" ")).map(role -> "\"" + role + "\"")
                    .collect(Collectors.joining(", "));
            Crew.account(me, cell.unit() == AccessMatrix.Unit.OWN ? crew.unit() : "Other " + crew.unit(), roles);
            List<String> history = cell.history().isBlank() ? List.of()
                    : Arrays.stream(cell.history().split(",")).map(String::trim).toList();
            String submitter = history.contains("submit by me") ? me : crew.officer();
            HttpResponse<String> created = Crew.as(submitter).post("api/v1/requests", Intakes.courtOrder());
            assertThat(created.statusCode()).as(cell + ": " + created.body()).isEqualTo(201);
            long id = Api.json(created).getJsonNumber("id").longValue();
            for (String move : history.stream().filter(move -> !move.startsWith("submit")).toList()) {
                String step = move.replace(" by me", "");
                String who = move.endsWith(" by me") ? me : switch (step) {
                    case "resubmit", "withdraw" -> submitter;
                    case "approve", "refuse" -> crew.legal();
                    default -> crew.supervisor();
                };
                HttpResponse<String> taken = take(who, id, step);
                assertThat(taken.statusCode()).as(cell + ", " + move + ": " + taken.body()).isEqualTo(200);
            }
            HttpResponse<String> tried = take(me, id, cell.step());
            if (tried.statusCode() != cell.status()) {
                wrong.add(cell + " -> " + tried.statusCode() + " (should be " + cell.status() + "): " + tried.body());
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    private static HttpResponse<String> take(String who, long id, String step) {
        return Crew.as(who).post("api/v1/requests/" + id + "/steps/" + step, BODIES.getOrDefault(step, ""));
    }

    /** The start page sends a signed-in person on to their own home page. */
    private static boolean redirectsHome(HttpResponse<String> response) {
        return (response.statusCode() == 302 || response.statusCode() == 303) && response.headers()
                .firstValue("Location").filter(to -> to.contains("/index.xhtml") && !to.contains("login")).isPresent();
    }

    /** Signs in through the real log-on page and returns the session cookie. */
    private static String signIn(String username) {
        ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, username);
            assertThat(browser.findElement(By.cssSelector(".site-header__user")).getText()).contains(username);
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            return session.getName() + "=" + session.getValue();
        } finally {
            Browser.release(browser);
        }
    }

    private static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
