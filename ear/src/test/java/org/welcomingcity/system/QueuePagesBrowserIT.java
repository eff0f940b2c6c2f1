package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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

/**
 * A queue longer than a page, in Chromium: the supervisor pages to the second page, sorts by
 * reference and finds one request by its event number, each by a link or a form sent with GET;
 * every page, order and filter comes from the database, and the home page counts them all. A value
 * in the address that is not a choice is named, and the page keeps no view state.
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
        assertThat(firstRow("data-label")).as("each cell under its column's name on a phone")
                .containsExactlyElementsOf(page.texts("#awaiting-review thead th"));
        assertThat(firstRow("textContent")).as("the first row, in words").startsWith(references.get(0))
                .contains("Court order").noneMatch(cell -> cell.contains("???"));

        page.clickLinkAndWait("2");
        assertThat(page.texts(LINKS)).containsExactlyElementsOf(references.subList(25, REQUESTS));
        assertThat(page.browser.getCurrentUrl()).endsWith("?awaiting-review-page=2");
        assertThat(page.browser.getPageSource()).as("no view state kept").contains("value=\"stateless\"");
        page.clickLinkAndWait(references.get(REQUESTS - 1));
        assertThat(page.text("page-title")).contains(references.get(REQUESTS - 1));

        page.clickAndWait("nav-supervisor-queue");
        assertThat(page.text("awaiting-review-sort-reference")).as("the link's name: the column's alone")
                .isEqualTo("Reference");
        assertThat(sortHint("reference")).as("what the link does, its description").isEqualTo("sort up");
        page.clickAndWait("awaiting-review-sort-reference");
        assertThat(sorted("reference")).isEqualTo("ascending");
        assertThat(sortHint("reference")).isEqualTo("sort down");
        page.clickAndWait("awaiting-review-sort-reference");
        assertThat(sorted("reference")).isEqualTo("descending");
        assertThat(sortHint("reference")).isEqualTo("back to the list's own order");
        assertThat(page.texts(LINKS)).hasSize(25).startsWith(references.get(REQUESTS - 1)).doesNotContain(references.get(0));

        page.type("awaiting-review-text", events.get(27).toLowerCase());
        page.clickAndWait("awaiting-review-show");
        assertThat(page.texts(LINKS)).containsExactly(references.get(27));
        assertThat(sorted("reference")).as("the order kept by the form").isEqualTo("descending");
        page.type("awaiting-review-text", references.get(28));
        page.clickAndWait("awaiting-review-show");
        assertThat(page.texts(LINKS)).containsExactly(references.get(28));
        page.type("awaiting-review-text", "no such event %");
        page.clickAndWait("awaiting-review-show");
        assertThat(page.text("awaiting-review")).contains("No request matches what you chose.");
        assertThat(Browser.absent(page.browser, By.cssSelector(LINKS))).as("no request listed").isTrue();

        page.type("awaiting-review-text", "");
        page.choose("awaiting-review-document", "Court order");
        page.choose("awaiting-review-rows", "10");
        page.clickAndWait("awaiting-review-show");
        assertThat(page.texts(LINKS)).hasSize(10);
        assertThat(page.text("awaiting-review")).contains("Requests 1 to 10 of " + REQUESTS);
        page.screenshot("queue-paged");

        page.open("supervisor/queue.xhtml?awaiting-review-document=PASSPORT&awaiting-review-page=last");
        assertThat(page.text("awaiting-review-problems")).contains("“PASSPORT” is not a kind of document")
                .contains("“last” is not a page number");
        assertThat(page.texts(LINKS)).containsExactlyElementsOf(references.subList(0, 25));

        Browser.asPhone(page.browser);
        page.clickAndWait("nav-supervisor-queue");
        Browser.asDesktop(page.browser);
    }

    /** An attribute (or the text) of each cell of the queue's first row, in their order. */
    private static List<String> firstRow(String attribute) {
        return page.browser.findElements(By.cssSelector("#awaiting-review tbody tr:first-child td")).stream()
                .map(cell -> cell.getAttribute(attribute).strip()).toList();
    }

    /** How the column is sorted now, as the heading tells assistive technology. */
    private static String sorted(String column) {
        return page.browser.findElement(By.xpath("//th[a[@id='awaiting-review-sort-" + column + "']]"))
                .getAttribute("aria-sort");
    }

    /** The sort link's description: the text of the hidden hint its aria-describedby names. */
    private static String sortHint(String column) {
        String hint = page.browser.findElement(By.id("awaiting-review-sort-" + column)).getAttribute("aria-describedby");
        return page.browser.findElement(By.id(hint)).getAttribute("textContent").strip();
    }
}
