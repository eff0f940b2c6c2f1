package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.system.TestAccounts.OWN_PASSWORD;

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
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;

/** The administration pages and the change of password in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.releaseWithScreenshot(browser, "accounts");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Waits for the page after a full submit to show the text (the old page may still be there). */
    private void expectText(String id, String text) {
        try {
            Browser.waitForText(browser, id, text, Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            assertThat(browser.findElement(By.id(id)).getText()).contains(text);
        }
    }

    private void expectMessage(String text) {
        expectText("messages", text);
    }

    @Test
    void anAccountCreatedOnThePagesMustChooseItsPasswordBeforeAnythingElse() {
        String username = TestAccounts.uniqueName("pages");
        Browser.signIn(browser, "admin", Api.DEMO_PASSWORD);
        Browser.clickAndWait(browser, "accounts");
        Browser.clickAndWait(browser, "filter:new-account");
        type("account:username", username);
        type("account:displayName", "Officer Pages");
        type("account:unit", "District 010");
        browser.findElement(By.cssSelector("label[for='account:roles:0']")).click(); // Officer
        type("account:password", "password1234");
        Browser.clickAndWait(browser, "account:create");
        expectMessage("That password is one of the most common ones.");

        type("account:password", "first-password-on-the-page");
        Browser.clickAndWait(browser, "account:create");
        expectMessage("The account is created.");
        expectText("state", "Must change password");
        Browser.clickAndWait(browser, "session:signOut");

        Browser.signIn(browser, username, "first-password-on-the-page");
        assertThat(browser.getCurrentUrl()).endsWith("/account/password.xhtml");
        assertThat(browser.findElement(By.id("due")).getText()).contains("set by an administrator");
        browser.get(Api.baseUrl() + "officer/index.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("nothing else until changed").isEqualTo("Page not found");
        Accessibility.check(browser);

        browser.get(Api.baseUrl() + "account/password.xhtml");
        Accessibility.check(browser);
        type("password:current", "first-password-on-the-page");
        type("password:next", "my-own-password-now");
        type("password:repeat", "my-own-password-now");
        Browser.clickAndWait(browser, "password:change");
        assertThat(browser.findElement(By.id("password-changed")).getText()).contains("Your password is changed.");

        Browser.signIn(browser, username, "my-own-password-now");
        assertThat(browser.findElement(By.id("home-title")).getText()).isEqualTo("Officer desk");
    }

    @Test
    void anAdministratorUnlocksResetsAndDisablesOnTheAccountPage() {
        String username = TestAccounts.ready("OFFICER");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(username, "wrong-password-" + attempt).get("api/v1/ping");
        }
        Browser.signIn(browser, "admin", Api.DEMO_PASSWORD);
        Browser.clickAndWait(browser, "accounts");
        type("filter:text", username);
        // the unfiltered list may already show the account: wait for the filtered page before choosing it
        Browser.clickAndWait(browser, "filter:find");
        browser.findElement(By.linkText(username)).click();
        expectText("state", "Locked after failed sign-ins");
        Accessibility.check(browser);

        Browser.clickAndWait(browser, "state-actions:unlock");
        expectMessage("Account " + username + " is unlocked.");
        assertThat(Api.as(username, OWN_PASSWORD).get("api/v1/ping").statusCode()).isEqualTo(200);

        type("reset:password", username);
        Browser.clickAndWait(browser, "reset:reset");
        expectMessage("The password must not be the user name.");
        type("reset:password", "reset-on-the-page-77");
        Browser.clickAndWait(browser, "reset:reset");
        expectMessage("The password of " + username + " is reset.");

        Browser.clickAndWait(browser, "state-actions:disable");
        expectText("state", "Disabled");
        assertThat(TestAccounts.events(username)).containsSubsequence("ACCOUNT_DISABLED SUCCESS by admin",
                "PASSWORD_RESET SUCCESS by admin", "ACCOUNT_UNLOCKED SUCCESS by admin");
    }

    @Test
    void anAdministratorChangesRolesAndUnitButNotTheirOwn() {
        String username = TestAccounts.ready("OFFICER");
        Browser.signIn(browser, "admin", Api.DEMO_PASSWORD);
        browser.get(Api.baseUrl() + "admin/account.xhtml?username=" + username);
        Accessibility.check(browser);

        browser.findElement(By.cssSelector("label[for='roles:roles:1']")).click(); // Supervisor too
        Browser.clickAndWait(browser, "roles:save");
        expectMessage("The roles of " + username + " are saved.");
        type("unit:unit", "District 011");
        Browser.clickAndWait(browser, "unit:save");
        expectMessage("The unit of " + username + " is saved.");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getString("unit")).isEqualTo("District 011");

        browser.get(Api.baseUrl() + "admin/account.xhtml?username=admin");
        browser.findElement(By.cssSelector("label[for='roles:roles:0']")).click(); // Officer for themself
        Browser.clickAndWait(browser, "roles:save");
        expectMessage("Separation of duties");
    }

    @Test
    void anAdministratorMarksASystemsAccountAsAServiceAccountOnTheAccountPage() {
        String username = TestAccounts.ready("OFFICER");
        Browser.signIn(browser, "admin", Api.DEMO_PASSWORD);
        browser.get(Api.baseUrl() + "admin/account.xhtml?username=" + username);
        Accessibility.check(browser);

        browser.findElement(By.id("service:serviceAccount")).findElement(By.className("ui-chkbox-box")).click();
        Browser.clickAndWait(browser, "service:save");

        expectMessage("Account " + username + " is a service account");
        assertThat(browser.findElement(By.id("state")).getText()).contains("Service account");
        assertThat(Api.json(Api.as("admin").get("api/v1/accounts/" + username)).getBoolean("serviceAccount")).isTrue();
        assertThat(TestAccounts.lastEvent(username, "SERVICE_ACCOUNT_CHANGED").getString("actor")).isEqualTo("admin");
    }

    @Test
    void anyUserChangesTheirPasswordOnlyWithTheCurrentOne() {
        String username = TestAccounts.ready("LEGAL");
        Browser.signIn(browser, username, OWN_PASSWORD);
        Browser.clickAndWait(browser, "session:changePassword");

        type("password:current", "not-my-password-at-all");
        type("password:next", "a-new-legal-password");
        type("password:repeat", "a-new-legal-password");
        Browser.clickAndWait(browser, "password:change");
        expectMessage("That is not your current password.");

        type("password:current", OWN_PASSWORD);
        type("password:next", "a-new-legal-password");
        type("password:repeat", "a-different-one-here");
        Browser.clickAndWait(browser, "password:change");
        expectMessage("The two new passwords differ.");
    }
}
