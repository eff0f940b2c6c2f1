package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages under their Content-Security-Policy in Chromium: they work, PrimeFaces' scripts
 * run with the nonce, and the console reports no violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyBrowserIT {

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
    void closeBrowser() {
        Browser.release(browser);
    }

    private void signIn(String username) {
        browser.get(Api.baseUrl());
        assertThat(widgets()).as("PrimeFaces widgets started by nonce scripts").isPositive();
        Browser.signIn(browser, username);
        assertThat(browser.findElement(By.id("home-title")).isDisplayed()).isTrue();
    }

    @Test
    void theLawPagesWorkWithoutAViolation() {
        signIn("officer");

        clickAndWait("nav-law-rules");
        setDate("rules:date", "2022-06-01");
        clickAndWait("rules:show");
        assertThat(browser.findElement(By.id("packs-heading")).getText()).contains("2022-06-01");

        clickAndWait("nav-law-evaluate");
        setDate("facts:eventDate", "2022-06-01");
        choose("facts:documentType", "Immigration detainer (I-247A)");
        choose("facts:action", "Hold the person");
        choose("facts:purpose", "Civil immigration enforcement");
        clickAndWait("facts:evaluate");
        assertThat(browser.findElement(By.id("decision-outcome-word")).getText()).isEqualTo("DECLINE");

        clickAndWait("nav-law-compare");
        assertThat(browser.findElement(By.id("compare:submit")).isDisplayed()).isTrue();
        clickAndWait("session:signOut");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");

        assertThat(violations()).isEmpty();
    }

    @Test
    void theAuditorsWidgetsWorkWithoutAViolation() {
        signIn("auditor");
        browser.get(Api.baseUrl() + "auditor/trail.xhtml");

        assertThat(widgets()).isPositive();
        browser.findElement(By.id("search:from_input")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel, .ui-datepicker")));
        // The picker was only opened, to run its script: nothing it may have filled in narrows the search.
        browser.findElement(By.id("search:from_input")).sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("search:from_input")).clear();
        browser.findElement(By.id("search:actor")).sendKeys("auditor");
        clickAndWait("search:find");
        assertThat(browser.findElement(By.id("results")).getText()).as("the search answered").contains("events match");

        assertThat(violations()).isEmpty();
    }

    private long widgets() {
        return (Long) browser.executeScript("return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1;");
    }

    /** Console messages about the policy; Chromium logs every refused script, style or frame. */
    private List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    private void clickAndWait(String id) {
        Browser.clickAndWait(browser, id);
    }

    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

    private void choose(String id, String label) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(label);
    }
}
