package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
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
        browser.get(Api.baseUrl());
        browser.findElement(By.id("login:username")).sendKeys("auditor");
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        browser.findElement(By.id("trail")).click();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Path folder = Files.createDirectories(Browser.screenshotsFolder());
        Files.write(folder.resolve("audit-trail-" + System.nanoTime() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.quit();
    }

    @Test
    void theAuditorSeesTheChainIntact() {
        browser.findElement(By.id("verify:run")).click();

        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("Intact:").contains("events, last hash");
        assertThat(browser.findElement(By.id("retention")).getText()).startsWith("Events are kept at least 365 days.");
    }

    @Test
    void theAuditorFindsTheLogOnsOfAUser() {
        browser.findElement(By.id("search:actor")).sendKeys("auditor");
        browser.findElement(By.id("search:action")).sendKeys("LOGON");
        browser.findElement(By.id("search:find")).click();

        assertThat(answered("results", "events match")).contains("LOGON").contains("auditor");
    }

    @Test
    void theWeeklyReviewIsRecordedAndShown() {
        browser.findElement(By.id("review:upTo_input")).sendKeys("1");
        browser.findElement(By.id("review:findings")).sendKeys("none");
        browser.findElement(By.id("review:record")).click();

        answered("messages", "Review recorded up to event 1.");
        assertThat(answered("last-review", "by auditor, up to event 1."))
                .containsPattern("Hash of that event: [0-9a-f]{64}\\."); // the review vouches for that chain
    }

    /** The element's text once the page has answered with the expected words, whatever it replaced meanwhile. */
    private String answered(String id, String expected) {
        return Browser.waitForText(browser, id, expected, Duration.ofSeconds(30));
    }
}
