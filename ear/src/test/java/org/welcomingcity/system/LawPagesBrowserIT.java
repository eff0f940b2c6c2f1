package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The law pages in Chromium: rules in force, one evaluation, and two dates compared. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LawPagesBrowserIT {

    private static final String DETAINER = "Immigration detainer (I-247A)";
    private static final String HOLD = "Hold the person";
    private static final String CIVIL = "Civil immigration enforcement";

    private ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void signIn() {
        browser = Browser.start();
        Browser.signIn(browser, "officer");
        assertThat(browser.findElement(By.id("home-title")).getText()).isEqualTo("Officer desk");
    }

    @AfterEach
    void closeBrowser() {
        Browser.release(browser);
    }

    @Test
    void rulesInForceShowEveryPackAndRuleWithItsCitation() throws Exception {
        clickAndWait("nav-law-rules");
        setDate("rules:date", "2022-06-01");
        clickAndWait("rules:show");

        assertThat(browser.findElement(By.id("packs-heading")).getText()).isEqualTo("Laws in force on 2022-06-01");
        WebElement city = browser.findElement(By.id("pack-chicago-wco-2021"));
        assertThat(city.getText()).contains("City of Chicago", "2021-01-27 to no end date",
                "WCO2021-DETAIN-DETAINER", "MCC 2-173-020(a)(1)(C)", "Decline",
                "Chicago police do not hold people on immigration detainers");
        assertThat(browser.findElement(By.id("pack-cook-county-46-37")).getText()).contains("In the Cook County jail");
        assertThat(browser.findElement(By.id("pack-chicago-wco-2020-reporting")).getText())
                .contains("WCO2020-LOG", "Records only, never decides");
        assertThat(Browser.absent(browser, By.id("pack-chicago-wco-2012"))).isTrue();
        screenshot("law-rules");
    }

    @Test
    void aBadDateIsToldPlainly() {
        clickAndWait("nav-law-rules");
        // A browser without a date picker lets anything be typed: the server still says what is wrong.
        WebElement date = browser.findElement(By.id("rules:date"));
        browser.executeScript("arguments[0].type = 'text'; arguments[0].value = '';", date);
        date.sendKeys("31/02/2022");
        clickAndWait("rules:show");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("That is not a date");
        assertThat(browser.findElement(By.id("rules:date")).getAttribute("aria-invalid")).isEqualTo("true");

        setDate("rules:date", "2000-01-01");
        clickAndWait("rules:show");
        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("No law known to the application was in force on 2000-01-01");
    }

    @Test
    void aDetainerHoldIn2022IsDeclinedWithThe2021Citation() throws Exception {
        clickAndWait("nav-law-evaluate");
        setDate("facts:eventDate", "2022-06-01");
        enterFacts("facts", DETAINER, HOLD, CIVIL);
        clickAndWait("facts:evaluate");

        assertThat(browser.findElement(By.id("decision-outcome-word")).getText()).isEqualTo("DECLINE");
        assertThat(browser.findElement(By.id("decision-explanation")).getText())
                .contains("Chicago police do not hold people on immigration detainers");
        assertThat(browser.findElement(By.id("decision-rules")).getText())
                .contains("chicago-wco-2021", "WCO2021-DETAIN-DETAINER", "MCC 2-173-020(a)(1)(C)", "5 ILCS 805/15(a)");
        screenshot("law-evaluate");
    }

    @Test
    void theFactsFormNeverAsksForStatus() {
        clickAndWait("nav-law-evaluate");

        assertThat(Browser.absent(browser, By.cssSelector("form [id*='itizen'], form [id*='mmigration'], form [id*='tatus']")))
                .isTrue();
        assertThat(browser.findElement(By.cssSelector("label[for='facts:documentType']")).getText())
                .isEqualTo("What did the agency present?");
    }

    @Test
    void aDateNoLawCoversIsToldPlainly() {
        clickAndWait("nav-law-evaluate");
        setDate("facts:eventDate", "2010-01-01");
        enterFacts("facts", DETAINER, HOLD, CIVIL);
        clickAndWait("facts:evaluate");

        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("The application knows no law that was in force on 2010-01-01");
        assertThat(Browser.absent(browser, By.id("decision-outcome"))).isTrue();
    }

    @Test
    void theComparisonShowsWhatThe2021AmendmentChanged() throws Exception {
        clickAndWait("nav-law-compare");
        setDate("compare:firstDate", "2013-06-01");
        setDate("compare:secondDate", "2022-06-01");
        enterFacts("compare", DETAINER, HOLD, CIVIL);
        browser.findElement(By.id("compare:felonyConviction")).click();
        clickAndWait("compare:submit");

        assertThat(browser.findElement(By.id("outcome-change")).getText())
                .isEqualTo("The outcome changed: Legal sign-off first on 2013-06-01, Decline on 2022-06-01.");
        assertThat(browser.findElement(By.id("first-outcome-word")).getText()).isEqualTo("LEGAL SIGN-OFF FIRST");
        assertThat(browser.findElement(By.id("second-outcome-word")).getText()).isEqualTo("DECLINE");
        assertThat(browser.findElement(By.id("first-rules")).getText())
                .contains("WCO2012-CARVE-OUT Only on this date", "MCC 2-173-042(c)(1)-(3) (2012)");
        assertThat(browser.findElement(By.id("second-rules")).getText())
                .contains("WCO2021-DETAIN-DETAINER Only on this date", "MCC 2-173-020(a)(1)(C)");
        screenshot("law-compare");
    }

    private void clickAndWait(String id) {
        Browser.clickAndWait(browser, id);
    }

    /** Sets a native date input the way its picker would: typing into it depends on the browser's locale. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

    private void enterFacts(String form, String document, String action, String purpose) {
        new Select(browser.findElement(By.id(form + ":documentType"))).selectByVisibleText(document);
        new Select(browser.findElement(By.id(form + ":action"))).selectByVisibleText(action);
        new Select(browser.findElement(By.id(form + ":purpose"))).selectByVisibleText(purpose);
    }

    /** The whole page, not only the window, so a reader sees everything the test saw. */
    private void screenshot(String name) throws Exception {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, Math.min(height.intValue() + 100, 6000)));
        Path folder = Files.createDirectories(Browser.screenshotsFolder());
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
