package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/**
 * The idle and absolute session limits in Chromium, against a deployment whose limits are
 * seconds instead of 30 minutes and 12 hours: the same settings a city would change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionLimitsBrowserIT {

    private static final Duration IDLE = Duration.ofSeconds(15);
    private static final Duration ABSOLUTE = Duration.ofSeconds(45);

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcomingConfiguredWith(Map.of(
                "welcoming.security.session.idle-minutes", String.valueOf(IDLE.toSeconds() / 60.0),
                "welcoming.security.session.max-hours", String.valueOf(ABSOLUTE.toSeconds() / 3600.0)));
    }

    @BeforeEach
    void signIn() {
        browser = Browser.start();
        Browser.signIn(browser, "officer");
        assertSignedIn();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anIdleSessionEndsAndTheNextClickLandsOnTheLogOnPage() throws InterruptedException {
        Thread.sleep(IDLE.toMillis() / 3);
        clickAndWait("nav-law-rules");
        assertSignedIn();

        Thread.sleep(IDLE.plusSeconds(2).toMillis());
        clickAndWait("nav-law-evaluate");

        assertSessionEnded("idle");
    }

    @Test
    void aBusySessionEndsAtTheAbsoluteLimit() throws InterruptedException {
        Instant signedIn = Instant.now();
        Instant end = signedIn.plus(ABSOLUTE);
        int clicks = 0;
        while (Instant.now().plus(IDLE.dividedBy(3)).plusSeconds(2).isBefore(end)) {
            Thread.sleep(IDLE.toMillis() / 3);
            clickAndWait(clicks++ % 2 == 0 ? "nav-law-rules" : "nav-law-compare");
            assertSignedIn();
        }
        assertThat(Duration.between(signedIn, Instant.now())).as("kept busy past the idle limit twice over")
                .isGreaterThan(IDLE.multipliedBy(2));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 2_000);
        clickAndWait("nav-law-evaluate");

        assertSessionEnded("too_old");
    }

    private void assertSignedIn() {
        assertThat(browser.getCurrentUrl()).doesNotContain("/login.xhtml");
        assertThat(browser.findElement(By.cssSelector(".site-header__user")).getText()).contains("officer");
    }

    private void assertSessionEnded(String reason) {
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml?session=ended");
        assertThat(browser.findElement(By.id("session-ended")).getText()).contains("Your session has ended");
        browser.get(Api.baseUrl() + "officer/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("the old session is gone").contains("/login.xhtml");
        String events = Api.as("auditor").get("api/v1/audit/events?actor=officer&action=SESSION_ENDED&size=50").body();
        assertThat(events).contains("\\\"reason\\\":\\\"" + reason + "\\\"");
    }

    private void clickAndWait(String id) {
        Browser.clickAndWait(browser, id);
    }
}
