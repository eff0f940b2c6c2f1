package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.FormTexts;

/**
 * The person's forms in Chromium: a detainer whose agent writes his name in three scripts, with
 * the person's written consent on the Arabic form. The request page says what to tell the person
 * in the language chosen, right to left for Arabic; the consent form prints in Arabic and in
 * Chinese and is read back from the PDF; the record names the form's language and version; and the
 * supervisor's decline letter prints the agent's name as he wrote it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonFormsBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String AGENT = "Jos\u00e9 \u00d1\u00fa\u00f1ez \u674e\u5c0f\u9f8d \u0141\u00f3d\u017a";

    private static PageDriver page;
    private static Crew crew;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void start() {
        crew = Crew.open();
        page = new PageDriver();
    }

    @AfterAll
    static void stop() {
        page.close();
    }

    @Test
    void theOfficerSpeaksToThePersonInTheirLanguageAndEveryPdfPrintsTheirScript() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        logDetainerWithConsentOnTheArabicForm("E-2612-7001");
        long id = page.requestId();
        assertThat(page.text("outcome-word")).isEqualTo("DECLINE");
        assertThat(page.text("tell-person-text")).as("the page's language first")
                .isEqualTo(FormTexts.in(FormLanguage.ENGLISH).text("tell.DECLINE"));
        assertThat(page.text("record")).contains("form in Arabic (\u0627\u0644\u0639\u0631\u0628\u064a\u0629), version 2026.1");

        FormTexts arabic = FormTexts.in(FormLanguage.ARABIC);
        chooseLanguage("ar");
        assertThat(page.text("tell-person-text")).isEqualTo(arabic.text("tell.DECLINE"));
        WebElement said = page.browser.findElement(By.id("tell-person-text"));
        assertThat(said.getAttribute("dir")).isEqualTo("rtl");
        assertThat(said.getAttribute("lang")).isEqualTo("ar");
        page.screenshot("request-person-arabic");
        String consent = pdfText(page.browser.findElement(By.id("person-consent")).getAttribute("href"));
        assertThat(folded(consent)).contains(folded(arabic.text("consent.title")))
                .contains(folded(arabic.text("consent.agree", "Chicago Police Department", "City of Chicago")));

        FormTexts chinese = FormTexts.in(FormLanguage.CHINESE);
        chooseLanguage("zh");
        assertThat(page.text("tell-person-text")).isEqualTo(chinese.text("tell.DECLINE"));
        // a line of Chinese may break between any two characters, which a reader copies as a space
        String chineseConsent = folded(pdfText(page.browser.findElement(By.id("person-consent")).getAttribute("href")))
                .replace(" ", "");
        assertThat(chineseConsent).contains(folded(chinese.text("consent.title")).replace(" ", ""))
                .contains(folded(chinese.text("consent.p1")).replace(" ", ""));

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        page.type("decline:reason", "A detainer is not a judicial warrant.");
        page.clickAndWait("decline:take");
        String letter = pdfText(page.browser.findElement(By.id("letter")).getAttribute("href"));
        assertThat(letter).contains("Dear " + AGENT + ":").doesNotContain("?");
    }

    private static void chooseLanguage(String tag) {
        WebElement link = page.browser.findElement(By.cssSelector("#tell-person a[lang='" + tag + "']"));
        link.click();
        Browser.waitUpTo(page.browser, Duration.ofSeconds(15)).until(d -> "true".equals(
                d.findElement(By.cssSelector("#tell-person a[lang='" + tag + "']")).getAttribute("aria-current")));
        page.checkAccessibility();
    }

    private static String pdfText(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = page.download(href);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        return ScannedDocuments.text(pdf.body()).strip();
    }

    /** As a reader copies text out: Arabic letters back from their joined forms, white space folded. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static void logDetainerWithConsentOnTheArabicForm(String eventNumber) {
        page.type("intake:eventNumber", eventNumber);
        page.type("intake:oemcNumber", "OEMC-" + eventNumber);
        page.setValue("intake:receivedAt", ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10).format(LOCAL));
        page.choose("intake:channel", "Fax");
        page.choose("intake:agency", "ICE (Immigration and Customs Enforcement)");
        page.type("intake:agencyComponent", "ERO");
        page.type("intake:agentName", AGENT);
        page.type("intake:agentContact", "fax 312-555-0199");
        page.choose("intake:identityCheck", "Not verified");
        page.choose("intake:documentType", "Immigration detainer (I-247A)");
        page.type("intake:formNumber", "I-247A");
        page.type("intake:signerTitle", "Supervisory Detention and Deportation Officer");
        page.type("intake:subjectReference", "CB 19887766");
        page.choose("intake:custody", "In a Chicago police lockup");
        page.tick("intake", "Hold the person");
        page.tick("intake", "Tell the agency when the person is released");
        page.choose("intake:purpose", "Civil immigration enforcement");
        page.choose("intake:consent", "Written consent from the person");
        Browser.waitUpTo(page.browser, Duration.ofSeconds(15)).until(d -> page.present("intake:consentLanguage"));
        page.type("intake:consentSigner", "Karim Haddad");
        page.type("intake:consentRelationship", "the person");
        page.setValue("intake:consentDate", LocalDate.now(ZoneId.of("America/Chicago")).toString());
        page.choose("intake:consentLanguage", "Arabic (\u0627\u0644\u0639\u0631\u0628\u064a\u0629)");
        page.clickAndWait("intake:submit");
    }
}
