package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The auditor's page in Chromium: verify, search, record the weekly review with the hash it vouches for. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void signInAsAuditor() {
        browser = Browser.start();
        Browser.signIn(browser, "auditor");
        Browser.clickAndWait(browser, "trail");
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.releaseWithScreenshot(browser, "audit-trail");
    }

    @Test
    void theAuditorSeesTheChainIntact() {
        Browser.clickAndWait(browser, "verify:run");

        assertThat(answered("verdict", "Intact:")).startsWith("Intact:").contains("events, last hash");
        assertThat(browser.findElement(By.id("retention")).getText()).startsWith("Events are kept at least 365 days.");
    }

    @Test
    void theAuditorFindsTheLogOnsOfAUser() {
        browser.findElement(By.id("search:actor")).sendKeys("auditor");
        browser.findElement(By.id("search:action")).sendKeys("logon"); // codes are upper case: any case finds them
        Browser.clickAndWait(browser, "search:find");

        assertThat(answered("results", "events match")).contains("Signed in", "LOGON", "auditor", "Done")
                .doesNotContain("LOGON_FAILED");
    }

    @Test
    void anEmptyReviewIsToldInTheApplicationsWords() {
        Browser.clickAndWait(browser, "review:record");

        assertThat(answered("messages", "Enter the number of the last event the review covers."))
                .contains("Say what the review found, or \"none\".").doesNotContain("Validation Error");
    }

    @Test
    void theWeeklyReviewIsRecordedAndShown() {
        browser.findElement(By.id("review:upTo_input")).sendKeys("1");
        browser.findElement(By.id("review:findings")).sendKeys("none");
        Browser.clickAndWait(browser, "review:record");

        answered("messages", "Review recorded up to event 1.");
        assertThat(answered("last-review", "by auditor, up to event 1."))
                .containsPattern("Hash of that event: [0-9a-f]{64}\\."); // the review vouches for that chain
    }

    /** The element's text once the page has answered with the expected words, whatever it replaced meanwhile. */
    private String answered(String id, String expected) {
        return Browser.waitForText(browser, id, expected, Duration.ofSeconds(30));
    }
}
