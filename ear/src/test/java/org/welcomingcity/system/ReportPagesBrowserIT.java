package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The report pages in Chromium: each report shown for this year, the statistics as charts with tables. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesBrowserIT {

    private PageDriver page;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void signInAsAuditor() {
        // at least one request this year, so the charts have bars
        Crew crew = Crew.open();
        assertThat(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer()).statusCode()).isEqualTo(201);
        page = new PageDriver();
        page.signIn("auditor", Api.DEMO_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        page.close();
    }

    @Test
    void theStatisticsAreChartsWithTheSameNumbersInTables() throws Exception {
        page.clickAndWait("nav-reports-statistics");
        page.clickAndWait("choose:show");

        assertThat(Long.parseLong(page.browser.findElement(By.id("total")).getText())).isPositive();
        WebElement chart = page.browser.findElement(By.id("by-agency-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        List<WebElement> rows = page.browser.findElements(By.cssSelector("#by-agency-table tbody tr"));
        assertThat(chart.findElements(By.tagName("rect"))).hasSameSizeAs(rows);
        assertThat(rows.get(0).getText()).as("labels, not codes").doesNotMatch("[A-Z_]+ \\d+");
        assertThat(page.text("by-document-table")).contains("Immigration detainer (I-247A)").doesNotContain("DETAINER");
        assertThat(page.text("by-ask-table")).contains("Hold the person").doesNotContain("DETAIN ");
        assertThat(page.browser.findElement(By.id("audit-hash")).getText())
                .containsPattern("chain hash is [0-9a-f]{64}");
        page.screenshot("report-statistics");
    }

    /** The public aggregate as the auditor downloads it from the statistics page: every code said in words. */
    @Test
    void thePublicAggregatePdfFromThePageSaysEveryCodeInWords() throws Exception {
        page.clickAndWait("nav-reports-statistics");
        page.clickAndWait("choose:show");
        String pdf = postedPdf("choose", "choose:publicPdf");
        assertThat(pdf).contains("Immigration detainer (I-247A)", "Hold the person", "Decline")
                .doesNotContainPattern("\\b[A-Z]+(_[A-Z]+)+\\b")
                .doesNotContainPattern("\\b(DETAINER|NONE|DETAIN|DECLINE)\\b");
    }

    /**
     * Posts the page's form with one of its buttons from inside the page, as the button would, and
     * reads back the PDF it answers (a browser would save it, out of the test's reach).
     */
    private String postedPdf(String formId, String button) throws IOException {
        String base64 = (String) page.browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                const body = new URLSearchParams(new FormData(form));
                body.append(arguments[1], '');
                fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
                    .then(answer => answer.arrayBuffer())
                    .then(bytes => {
                        const all = new Uint8Array(bytes);
                        let text = '';
                        for (let i = 0; i < all.length; i += 8192) {
                            text += String.fromCharCode(...all.subarray(i, i + 8192));
                        }
                        done(btoa(text));
                    });
                """, formId, button);
        return ScannedDocuments.text(Base64.getDecoder().decode(base64));
    }

    @Test
    void theCityAndStateReportsAreShownWithTheirProvenance() throws Exception {
        page.clickAndWait("nav-reports-city");
        LocalDate inLastQuarter = LocalDate.now(ZoneId.of("America/Chicago")).minusMonths(3);
        assertThat(page.browser.findElement(By.id("choose:year_input")).getAttribute("value"))
                .as("the page opens on the last quarter that has ended").isEqualTo(String.valueOf(inLastQuarter.getYear()));
        assertThat(page.browser.findElement(By.id("choose:quarter_input")).getAttribute("value"))
                .isEqualTo(String.valueOf((inLastQuarter.getMonthValue() - 1) / 3 + 1));
        page.clickAndWait("choose:show");
        assertThat(page.browser.findElement(By.id("warrants-heading")).getText())
                .startsWith("Detainers and administrative warrants:");
        assertThat(page.browser.findElement(By.id("packs")).getText()).contains("chicago-wco-2021");

        page.clickAndWait("nav-reports-state");
        page.clickAndWait("choose:show");
        assertThat(page.browser.findElement(By.id("requests-heading")).getText())
                .startsWith("Requests from DHS and ICE to assist with civil immigration enforcement (25(a)(1))");
        assertThat(page.browser.findElement(By.id("warrants-heading")).getText())
                .startsWith("Detainers and civil immigration warrants (25(a)(2)):");
        assertThat(page.text("requests")).contains("ICE (Immigration and Customs Enforcement)",
                "Immigration detainer (I-247A)", "Decline").doesNotContain("DETAINER", "DECLINE");
        assertThat(page.text("requests")).as("each ask with its own answer").contains("Each ask's answer",
                "Hold the person: Not decided yet", "Notice of release: Not decided yet");
        assertThat(page.browser.findElement(By.id("audit-hash")).getText()).startsWith("Audit event ");
        page.screenshot("report-state");
    }
}
