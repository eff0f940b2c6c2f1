package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.chrome.ChromeDriver;

/** The report pages in Chromium: each report shown for this year, the statistics as charts with tables. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void signInAsAuditor() {
        // at least one request this year, so the charts have bars
        Crew crew = Crew.open();
        assertThat(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer()).statusCode()).isEqualTo(201);
        browser = Browser.start();
        Browser.signIn(browser, "auditor", Api.DEMO_PASSWORD);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "reports");
    }

    @Test
    void theStatisticsAreChartsWithTheSameNumbersInTables() {
        browser.findElement(By.id("nav-reports-statistics")).click();
        browser.findElement(By.id("choose:show")).click();

        assertThat(Long.parseLong(browser.findElement(By.id("total")).getText())).isPositive();
        WebElement chart = browser.findElement(By.id("by-agency-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        List<WebElement> rows = browser.findElements(By.cssSelector("#by-agency-table tbody tr"));
        assertThat(chart.findElements(By.tagName("rect"))).hasSameSizeAs(rows);
        assertThat(rows.get(0).getText()).matches("[A-Z_]+ \\d+");
        assertThat(browser.findElement(By.id("audit-hash")).getText()).containsPattern("chain hash is [0-9a-f]{64}");
    }

    @Test
    void theCityAndStateReportsAreShownWithTheirProvenance() {
        browser.findElement(By.id("nav-reports-city")).click();
        browser.findElement(By.id("choose:show")).click();
        assertThat(browser.findElement(By.id("warrants-heading")).getText())
                .startsWith("Detainers and administrative warrants:");
        assertThat(browser.findElement(By.id("packs")).getText()).contains("chicago-wco-2021");

        browser.findElement(By.id("nav-reports-state")).click();
        browser.findElement(By.id("choose:show")).click();
        assertThat(browser.findElement(By.id("requests-heading")).getText()).startsWith("Requests from DHS and ICE");
        assertThat(browser.findElement(By.id("audit-hash")).getText()).startsWith("Audit event ");
    }
}
