package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A queue longer than a page, in Chromium: the supervisor pages to the second page, sorts by
 * reference and finds one request by its event number; every page, order and filter comes from
 * the database, and the home page counts them all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueuePagesBrowserIT {

    private static final int REQUESTS = 30;
    private static final String LINKS = "#awaiting-review .request-link";

    private static PageDriver page;
    private static Crew crew;
    private static final List<String> references = new ArrayList<>();
    private static final List<String> events = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void start() {
        crew = Crew.open();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 0; i < REQUESTS; i++) {
            String event = "Q-" + tag + "-" + String.format("%02d", i);
            JsonObject logged = Api.json(Crew.as(crew.officer()).post("api/v1/requests",
                    Intakes.courtOrder().replace("E-2611-0042", event)));
            references.add(logged.getString("reference"));
            events.add(event);
        }
        page = new PageDriver();
    }

    @AfterAll
    static void stop() {
        page.close();
    }

    @Test
    void aSupervisorPagesSortsAndFiltersAQueueLongerThanAPage() throws Exception {
        page.signIn(crew.supervisor(), Crew.PASSWORD);
        assertThat(page.text("counts")).contains(REQUESTS + " requests waiting for review, 0 of them overdue");
        page.clickAndWait("nav-supervisor-queue");
        assertThat(page.texts(LINKS)).as("oldest first, one page").containsExactlyElementsOf(references.subList(0, 25));
        assertThat(page.text("awaiting-review")).contains("Requests 1 to 25 of " + REQUESTS);

        click(pageLink("2"));
        waitFor(() -> page.texts(LINKS).equals(references.subList(25, REQUESTS)));
        page.checkAccessibility();
        page.clickLinkAndWait(references.get(REQUESTS - 1));
        assertThat(page.text("page-title")).contains(references.get(REQUESTS - 1));

        page.clickAndWait("nav-supervisor-queue");
        click(header("Reference"));
        waitFor(() -> page.browser.findElement(header("Reference")).getAttribute("aria-sort") != null
                && page.browser.findElement(header("Reference")).getAttribute("aria-sort").equals("ascending"));
        click(header("Reference"));
        waitFor(() -> !page.texts(LINKS).isEmpty() && page.texts(LINKS).get(0).equals(references.get(REQUESTS - 1)));
        assertThat(page.texts(LINKS)).hasSize(25).doesNotContain(references.get(0));
        page.checkAccessibility();

        page.type("awaiting-review-form:text", events.get(27).toLowerCase());
        page.clickAndWait("awaiting-review-form:show");
        assertThat(page.texts(LINKS)).containsExactly(references.get(27));
        page.type("awaiting-review-form:text", references.get(28));
        page.clickAndWait("awaiting-review-form:show");
        assertThat(page.texts(LINKS)).containsExactly(references.get(28));
        page.type("awaiting-review-form:text", "no such event %");
        page.clickAndWait("awaiting-review-form:show");
        assertThat(page.text("awaiting-review")).contains("No request matches what you chose.");
        assertThat(Browser.absent(page.browser, By.cssSelector(LINKS))).as("no request listed").isTrue();

        page.type("awaiting-review-form:text", "");
        page.choose("awaiting-review-form:documentType", "Court order");
        page.clickAndWait("awaiting-review-form:show");
        assertThat(page.texts(LINKS)).hasSize(25);
        page.screenshot("queue-paged");

        Browser.asPhone(page.browser);
        page.clickAndWait("nav-supervisor-queue");
        Browser.asDesktop(page.browser);
    }

    private static By pageLink(String number) {
        return By.xpath("//div[@id='awaiting-review']//a[contains(@class, 'ui-paginator-page')][normalize-space(.)='"
                + number + "']");
    }

    private static By header(String title) {
        return By.xpath("//div[@id='awaiting-review']//th[contains(@class, 'ui-sortable-column')]"
                + "[.//span[contains(@class, 'ui-column-title')][normalize-space(.)='" + title + "']]");
    }

    private static void click(By what) {
        WebElement element = page.browser.findElement(what);
        element.click();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        Browser.waitUpTo(page.browser, Duration.ofSeconds(15)).ignoring(RuntimeException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
