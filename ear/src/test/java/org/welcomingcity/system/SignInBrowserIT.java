package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Signing in and out in Chromium, as each demo role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

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
        Browser.releaseWithScreenshot(browser, "sign-in");
    }

    private void signIn(String username, String password) {
        browser.get(Api.baseUrl());
        assertThat(browser.getCurrentUrl()).contains("/welcoming/login.xhtml");
        Accessibility.check(browser);
        Browser.submitLogOn(browser, username, password);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "officer,    Officer desk,      /officer/index.xhtml",
        "supervisor, Supervisor review, /supervisor/index.xhtml",
        "legal,      Legal sign-off,    /legal/index.xhtml",
        "auditor,    Audit,             /auditor/index.xhtml",
        "admin,      Administration,    /admin/index.xhtml"})
    void eachRoleLandsOnItsHomePage(String username, String heading, String page) {
        signIn(username, Api.DEMO_PASSWORD);

        assertThat(browser.findElement(By.id("home-title")).getText()).isEqualTo(heading);
        assertThat(browser.getCurrentUrl()).endsWith(page);
        assertThat(browser.findElement(By.cssSelector(".site-header__user")).getText()).contains(username);
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        signIn("officer", "not-the-password");

        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("The user name or password is wrong");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("officer", Api.DEMO_PASSWORD);
        Browser.clickAndWait(browser, "session:signOut");

        browser.get(Api.baseUrl() + "officer/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anotherRolesPageAnswersAsIfItDidNotExist() {
        signIn("officer", Api.DEMO_PASSWORD);
        browser.get(Api.baseUrl() + "admin/index.xhtml");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        Accessibility.check(browser);
        JsonObject denied = Api.json(Api.as("auditor").get("api/v1/audit/events?actor=officer&action=ACCESS_DENIED"
                + "&target=GET%20/welcoming/admin/index.xhtml&size=1"));
        assertThat(denied.getJsonNumber("total").longValue()).as("the refusal is in the audit trail").isPositive();
    }
}
