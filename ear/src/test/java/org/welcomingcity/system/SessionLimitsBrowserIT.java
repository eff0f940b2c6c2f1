package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The idle and absolute session limits in Chromium, against a deployment whose guards read a
 * clock the test moves on ({@link MovableClock}) instead of sleeping: the idle limit as shipped
 * (30 minutes), the absolute limit set to 2 hours, a setting a city would change.
 */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionLimitsBrowserIT {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(2);

    private ChromeDriver browser;

    /** Packaged as the in-container classes of the EAR it shares are, run as a client. */
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    @BeforeEach
    void signIn() {
        browser = Browser.start();
        Browser.signIn(browser, "officer");
        assertSignedIn();
    }

    @AfterEach
    void closeBrowser() {
        Browser.release(browser);
    }

    @Test
    void anIdleSessionEndsAndTheNextClickLandsOnTheLogOnPage() throws Exception {
        moveClockOn(IDLE.minusMinutes(1));
        clickAndWait("nav-law-rules");
        assertSignedIn();

        moveClockOn(IDLE.plusMinutes(1));
        clickAndWait("nav-law-evaluate");

        assertSessionEnded("idle");
    }

    @Test
    void aBusySessionEndsAtTheAbsoluteLimit() throws Exception {
        Duration busy = Duration.ZERO;
        int clicks = 0;
        Duration step = IDLE.minusMinutes(1);
        while (busy.plus(step).compareTo(ABSOLUTE) < 0) {
            moveClockOn(step);
            busy = busy.plus(step);
            clickAndWait(clicks++ % 2 == 0 ? "nav-law-rules" : "nav-law-compare");
            assertSignedIn();
        }
        assertThat(busy).as("kept busy past the idle limit twice over").isGreaterThan(IDLE.multipliedBy(2));

        moveClockOn(ABSOLUTE.minus(busy).plusMinutes(1));
        clickAndWait("nav-law-evaluate");

        assertSessionEnded("too_old");
    }

    /** Moves the deployment's clock on: the same as waiting that long, as the guards see it. */
    private static void moveClockOn(Duration by) throws Exception {
        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.baseUrl() + MovableClock.MOVE_PATH + "?seconds=" + by.toSeconds())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).as("moving the clock: " + moved.body()).isEqualTo(200);
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
