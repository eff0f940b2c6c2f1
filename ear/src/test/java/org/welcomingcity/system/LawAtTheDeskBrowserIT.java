package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The law at the desk, in Chromium: an I-200 entered as a judge's warrant goes to legal and says
 * why; a public-records request is referred to the FOIA officer with no letter; a status sentence
 * in the stated purpose is refused at its field and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LawAtTheDeskBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
    void anI200EnteredAsAJudgesWarrantGoesToLegalAndSaysWhy() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2612-7001");
        page.choose("intake:documentType", "Judicial warrant (signed by a judge)");
        page.type("intake:signerTitle", "Supervisory Detention and Deportation Officer");
        page.tick("intake", "Arrest the person on the agency's warrant");
        page.choose("intake:purpose", "A criminal investigation");
        page.clickAndWait("intake:submit");

        assertThat(page.text("outcome-word")).isEqualToIgnoringCase("Legal sign-off first");
        assertThat(page.text("round-1")).contains("decided as an unidentified, non-judicial document",
                "it has no court caption", "is not a judge or magistrate of a court");
        assertThat(page.text("state")).contains("Waiting for a supervisor");
        page.screenshot("i200-as-judicial-warrant");
    }

    @Test
    void aPublicRecordsRequestIsReferredToTheFoiaOfficerWithNoLetter() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2612-7002");
        page.choose("intake:documentType", "Public records request (FOIA)");
        page.tick("intake", "Say whether the police hold the person");
        page.choose("intake:purpose", "Not stated or unclear");
        page.clickAndWait("intake:submit");

        assertThat(page.text("outcome-word")).isEqualToIgnoringCase("Refer to the FOIA officer");
        assertThat(page.text("tell-text")).contains("public-records (FOIA) request", "FOIA officer");
        assertThat(page.text("state")).contains("Referred to the FOIA officer");
        assertThat(page.text("round-1")).contains("5 ILCS 140");
        assertThat(page.text("timeline")).contains("Referred", "not a request for help with immigration enforcement");
        assertThat(page.absent("letter")).as("no refusal letter").isTrue();
        long id = page.requestId();

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.text("state")).contains("Referred to the FOIA officer");
        assertThat(page.absent("start-review:take")).as("nothing for the supervisor to review").isTrue();
        page.screenshot("foia-referred");
    }

    @Test
    void aStatusSentenceInTheStatedPurposeIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        page.signIn(crew.otherOfficer(), Crew.PASSWORD);
        String before = page.text("counts");
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2612-7003");
        page.choose("intake:documentType", "Public records request (FOIA)");
        page.tick("intake", "Say whether the police hold the person");
        page.choose("intake:purpose", "Not stated or unclear");
        page.type("intake:statedPurpose", "Records of a person who is undocumented");
        page.clickAndWait("intake:submit");

        assertThat(page.text("intake:statedPurpose-error")).containsIgnoringCase(
                "must not state a person's citizenship or immigration status");
        assertThat(page.text("error-summary")).contains("There is a problem");
        page.screenshot("status-sentence-refused");
        page.open("officer/index.xhtml");
        assertThat(page.text("counts")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aCorrectionThatTurnsOutToBeAPublicRecordsRequestSaysItIsReferred() throws Exception {
        long id = Seeds.loggedAndReviewed(crew, Intakes.courtOrder(), "return",
                "This is a records request from the agency, not a court order.");

        page.signIn(crew.officer(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("resubmit");
        page.choose("intake:documentType", "Public records request (FOIA)");
        page.type("intake:signerTitle", "FOIA Officer, ICE");
        page.clickAndWait("intake:submit");

        assertThat(page.text("messages")).contains("The corrected request is a public-records (FOIA) request: it is"
                + " referred to the FOIA officer, with no review.").doesNotContain("sent back for review");
        assertThat(page.text("state")).contains("Referred to the FOIA officer");
        assertThat(page.absent("letter")).as("no refusal letter").isTrue();
        page.screenshot("foia-correction-referred");
    }

    @Test
    void legalChecksAGrandJurySubpoenaWithoutAskingForAJudgesSignature() throws Exception {
        long id = Seeds.loggedAndReviewed(crew, LawAtTheDeskApiIT.grandJurySubpoena(), "escalate",
                "Grand-jury subpoena: legal to verify.");

        page.signIn(crew.legal(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.absent("approve:signedByJudge")).as("no judge signs a grand-jury subpoena").isTrue();
        page.tick("approve", "It was issued by a grand jury or a court");
        page.tick("approve", "It shows a case number");
        page.tick("approve", "It states what it requires of the police");
        page.tick("approve", "Release date");
        page.type("approve:caseNumber", "2026 GJ 118");
        page.clickAndWait("approve:take");

        assertThat(Api.json(Crew.as(crew.legal()).get("api/v1/requests/" + id)).getString("state"))
                .isEqualTo("LEGAL_APPROVED");
        page.screenshot("grand-jury-subpoena-approved");
    }

    private void fillCommonFields(String eventNumber) {
        page.type("intake:eventNumber", eventNumber);
        page.type("intake:oemcNumber", "OEMC-" + eventNumber);
        page.setValue("intake:receivedAt", ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10).format(LOCAL));
        page.choose("intake:channel", "Fax");
        page.choose("intake:agency", "ICE (Immigration and Customs Enforcement)");
        page.type("intake:agentName", "Officer Sam Lee");
        page.type("intake:agentContact", "fax 312-555-0199");
        page.choose("intake:identityCheck", "Not verified");
        page.type("intake:subjectReference", "IR 2041188");
        page.choose("intake:custody", "In a Chicago police lockup");
    }
}
