package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Each role's pages on a phone, 390 by 844 px: every page this test lands on is checked, as in every
 * browser test, for sideways scrolling and axe-core violations, here at phone width; the officer
 * sees the decision on the first screen after logging a request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneWidthBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private PageDriver page;
    private Crew crew;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeEach
    void openPhone() {
        crew = Crew.open();
        page = new PageDriver();
        Browser.asPhone(page.browser);
    }

    @AfterEach
    void closePhone() {
        page.close();
    }

    @Test
    void anOfficerLogsARequestAndSeesTheDecisionOnTheFirstScreen() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        assertThat(page.browser.executeScript("return window.innerWidth;")).isEqualTo(390L);
        page.clickAndWait("nav-intake");
        page.type("intake:eventNumber", "E-2612-0390");
        page.type("intake:oemcNumber", "OEMC-E-2612-0390");
        page.setValue("intake:receivedAt", ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(5).format(LOCAL));
        page.choose("intake:channel", "Fax");
        page.choose("intake:agency", "ICE (Immigration and Customs Enforcement)");
        page.type("intake:agencyComponent", "ERO");
        page.type("intake:agentName", "Officer Lee Park");
        page.type("intake:agentBadge", "ERO-0390");
        page.type("intake:agentContact", "312-555-0390");
        page.choose("intake:identityCheck", "Not verified");
        page.type("intake:subjectReference", "IR 2040390");
        page.choose("intake:custody", "In a Chicago police lockup");
        page.choose("intake:documentType", "Immigration detainer (I-247A)");
        page.type("intake:formNumber", "I-247A");
        page.type("intake:signerTitle", "Deportation Officer");
        page.tick("intake", "Hold the person");
        page.choose("intake:purpose", "Civil immigration enforcement");
        page.clickAndWait("intake:submit");

        assertThat(page.text("outcome-word")).isEqualTo("DECLINE");
        Number bottom = (Number) page.browser.executeScript(
                "return document.getElementById('tell-text').getBoundingClientRect().bottom;");
        assertThat(bottom.doubleValue()).as("what to tell the agent ends on the first screen").isLessThanOrEqualTo(844);
        page.screenshot("phone-officer-decision");

        page.clickAndWait("nav-mine");
        page.clickAndWait("nav-law-rules");
        page.clickAndWait("rules:show");
        page.clickAndWait("nav-law-evaluate");
        page.clickAndWait("nav-law-compare");
        page.open("account/password.xhtml");
    }

    @Test
    void aSupervisorReviewsAndReadsTheReports() throws Exception {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder())).getJsonNumber("id")
                .longValue();
        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.clickAndWait("nav-supervisor-queue");
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        page.screenshot("phone-supervisor-request");
        for (String report : new String[] {"nav-reports-city", "nav-reports-state", "nav-reports-statistics"}) {
            page.clickAndWait(report);
            page.clickAndWait("choose:show");
        }
        page.screenshot("phone-supervisor-statistics");
    }

    @Test
    void legalSignsOffBesideTheDocument() throws Exception {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder())).getJsonNumber("id")
                .longValue();
        step(crew.supervisor(), id, "start-review", "");
        step(crew.supervisor(), id, "escalate", "{\"reason\": \"Court order: legal to verify\"}");

        page.signIn(crew.legal(), Crew.PASSWORD);
        page.clickAndWait("nav-legal-queue");
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.present("approve")).isTrue();
        page.screenshot("phone-legal-request");
    }

    @Test
    void anAuditorSearchesTheTrailAndEveryRequest() throws Exception {
        page.signIn("auditor", Api.DEMO_PASSWORD);
        page.clickAndWait("trail");
        page.type("search:actor", "auditor");
        page.clickAndWait("search:find");
        assertThat(page.text("results")).contains("auditor");
        page.screenshot("phone-auditor-trail");
        page.clickAndWait("nav-all-requests");
        page.screenshot("phone-auditor-requests");
        page.clickAndWait("nav-reports-statistics");
        page.clickAndWait("choose:show");
    }

    @Test
    void anAdministratorFindsAndOpensAnAccount() throws Exception {
        page.signIn("admin", Api.DEMO_PASSWORD);
        page.clickAndWait("accounts");
        page.type("filter:text", crew.officer());
        page.clickAndWait("filter:find");
        page.clickLinkAndWait(crew.officer());
        assertThat(page.browser.findElement(By.id("account-title")).getText()).contains(crew.officer());
        page.screenshot("phone-admin-account");
        page.open("admin/new-account.xhtml");
    }

    private static void step(String who, long id, String step, String body) {
        assertThat(Crew.as(who).post("api/v1/requests/" + id + "/steps/" + step, body).statusCode())
                .as(step).isEqualTo(200);
    }
}
