package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The request pages in Chromium, for every role: a court order through legal to a disclosure,
 * a detainer to its decline letter, bad intakes that store nothing, and a stale page told plainly.
 * One browser for the class; each test has its own unit of people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestPagesBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String CUSTODY_STATUS = "Whether the person is in custody";

    private static PageDriver page;
    private static Crew crew;
    private static Path files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void start() throws Exception {
        crew = Crew.open();
        page = new PageDriver();
        files = Files.createTempDirectory("welcoming-scans");
    }

    @AfterAll
    static void stop() {
        page.close();
    }

    @Test
    void aCourtOrderGoesFromTheDeskThroughLegalToADisclosureAndCloses() throws Exception {
        logCourtOrder("E-2611-5001");

        long id = page.requestId();
        String reference = page.text("page-title").replace("Request ", "");
        assertThat(page.text("outcome-word")).isEqualTo("LEGAL SIGN-OFF FIRST");
        assertThat(page.text("tell-text")).contains("Nothing is done and nothing is shared until the city's legal"
                + " department decides");
        assertThat(page.text("round-1")).contains("Say whether the police hold the person");
        assertThat(page.text("documents")).contains("court-order.pdf", "application/pdf");
        page.screenshot("request-logged");

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.clickAndWait("nav-supervisor-queue");
        assertThat(page.texts("#awaiting-review .request-link")).contains(reference);
        page.clickLinkAndWait(reference);
        assertThat(page.requestId()).isEqualTo(id);
        page.clickAndWait("start-review:take");
        assertThat(page.text("messages")).contains("You are reviewing this request.");
        // A second page of the order arrives during review: checked by its content like the first.
        page.browser.findElement(By.id("upload:file")).sendKeys(ScannedDocuments.pngNamedPdf(files).toString());
        page.clickAndWait("upload:add");
        assertThat(page.text("upload:file-error")).contains("the content is a PNG image");
        page.browser.findElement(By.id("upload:file")).sendKeys(ScannedDocuments.courtOrder(files).toString());
        page.clickAndWait("upload:add");
        assertThat(page.texts("#documents li")).hasSize(2);
        page.type("escalate:reason", "Court order: legal to verify");
        page.clickAndWait("escalate:take");
        assertThat(page.text("state")).contains("With the legal department");

        page.signIn(crew.legal(), Crew.PASSWORD);
        assertThat(page.text("counts")).containsPattern("\\d+ requests waiting for sign-off");
        page.open("requests/request.xhtml?id=" + id);
        // legal reads the supervisor's reason where the sign-off is made, not only in the timeline
        assertThat(page.text("why-heading")).isEqualTo("Why the supervisor escalated it to legal");
        assertThat(page.text("why-note")).isEqualTo("Court order: legal to verify");
        assertThat(page.text("approved-ask")).isEqualTo("This approval covers one ask: Say whether the police hold the person.");
        assertThat(page.browser.findElement(By.cssSelector(".sign-off__document iframe")).getAttribute("src"))
                .endsWith("/requests/files/" + id + "/attachments/" + attachmentId());
        for (String point : new String[] {"issued by a court", "signed by a judge", "shows a case number",
            "states what it requires"}) {
            page.tick("approve", point);
        }
        page.type("approve:caseNumber", "1:26-cr-00417");
        page.tick("approve", CUSTODY_STATUS);
        page.screenshot("request-sign-off");
        page.clickAndWait("approve:take");
        assertThat(page.text("state")).contains("Approved by legal, within a scope");

        page.signIn(crew.otherSupervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.tick("disclose", CUSTODY_STATUS);
        page.type("disclose:recipient", "Agent Dana Reyes, HSI Chicago");
        page.clickAndWait("disclose:take");
        page.clickAndWait("close:take");

        assertThat(page.text("state")).contains("Closed");
        assertThat(page.texts("#timeline .step-name")).containsExactly("Logged", "Review started",
                "Escalated to legal", "Approved by legal", "Disclosure recorded", "Closed");
        assertThat(page.text("timeline")).contains(crew.officer(), crew.supervisor(), crew.legal(),
                crew.otherSupervisor(), "Court order: legal to verify");
        assertThat(page.text("disclosures")).contains("Agent Dana Reyes, HSI Chicago", CUSTODY_STATUS);
        page.screenshot("request-closed");
    }

    @Test
    void aReturnedRequestTellsTheOfficerWhatToCorrectOnTheFormFilledInFromTheRecord() throws Exception {
        logCourtOrder("E-2611-5O07");
        long id = page.requestId();

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        page.type("return:reason", "The event number has the letter O for a zero");
        page.clickAndWait("return:take");
        assertThat(page.text("state")).contains("Returned to the officer for correction");

        page.signIn(crew.officer(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.text("why-note")).isEqualTo("The event number has the letter O for a zero");
        page.clickAndWait("resubmit");
        assertThat(page.text("why-heading")).isEqualTo("What the supervisor asked you to correct");
        assertThat(page.text("why-note")).isEqualTo("The event number has the letter O for a zero");
        assertThat(page.browser.findElement(By.id("intake:eventNumber")).getAttribute("value")).isEqualTo("E-2611-5O07");
        assertThat(page.browser.findElement(By.id("intake:agentName")).getAttribute("value")).isEqualTo("Agent Dana Reyes");
        page.type("intake:eventNumber", "E-2611-5007");
        page.clickAndWait("intake:submit");

        assertThat(page.requestId()).isEqualTo(id);
        assertThat(page.texts("#timeline .step-name")).containsSubsequence("Returned for correction",
                "Corrected and resubmitted");
        assertThat(page.absent("why-it-waits")).isTrue();
    }

    /** A transfer releases no information: legal's approval names the ask as its scope and offers no items to release. */
    @Test
    void legalApprovesATransferOnAJudicialWarrantWithTheAskAsItsScope() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2612-5020");
        page.choose("intake:documentType", "Judicial warrant (signed by a judge)");
        page.type("intake:signerTitle", "United States Magistrate Judge");
        page.tick("intake", "The document has a court caption");
        page.tick("intake", "Hand the person over to the agency");
        page.choose("intake:purpose", "A criminal investigation");
        page.clickAndWait("intake:submit");
        long id = page.requestId();
        assertThat(page.text("outcome-word")).isEqualTo("LEGAL SIGN-OFF FIRST");

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        page.type("escalate:reason", "Transfer on a magistrate's warrant");
        page.clickAndWait("escalate:take");

        page.signIn(crew.legal(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.text("approved-ask")).isEqualTo("This approval covers one ask: Hand the person over to the agency.");
        assertThat(page.text("approve:no-release")).contains("release no information");
        assertThat(page.absent("approve:scope")).isTrue();
        tickJudicialChecklist("approve");
        page.type("approve:caseNumber", "1:26-mj-00251");
        page.clickAndWait("approve:take");
        assertThat(page.text("state")).contains("Approved by legal");
    }

    @Test
    void aDetainerIsDeclinedAndTheLetterCitesTheOrdinance() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        logDetainer("E-2611-5002");
        long id = page.requestId();
        String reference = page.text("page-title").replace("Request ", "");
        assertThat(page.text("outcome-word")).isEqualTo("DECLINE");
        assertThat(page.text("tell-text")).isEqualTo("The police department cannot help with this request. Do not"
                + " hold the person, and share nothing about them.");
        assertThat(page.text("round-1")).contains("2-173");

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        String reason = "A detainer is not a judicial warrant; the department does not hold anyone on it.";
        page.type("decline:reason", reason);
        page.clickAndWait("decline:take");
        assertThat(page.text("state")).contains("Declined by the supervisor");

        HttpResponse<byte[]> letter = page.download(page.browser.findElement(By.id("letter")).getAttribute("href"));
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(ScannedDocuments.text(letter.body())).contains("ICE", reference, "2-173", reason)
                .contains("Chicago Police Department").doesNotContain("City of Chicago Police Department")
                .as("agency-facing words only: no rule ids, no instructions to officers")
                .doesNotContain("(rule ", "WCO20", "Do not hold", "[L]");

        // Afterwards, what happened to the person, for the state report: a missing time is named first.
        assertThat(page.text("custody-recorded")).isEqualTo("Nothing is recorded yet.");
        page.choose("custody:disposition", "Released");
        page.clickAndWait("custody:record");
        assertThat(page.text("custody:at-error")).contains("Required");
        LocalDateTime released = LocalDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(5);
        page.setValue("custody:at", LOCAL.format(released));
        page.setValue("custody:bailPostedAt", LOCAL.format(released.minusHours(1)));
        page.clickAndWait("custody:record");
        assertThat(page.text("custody-recorded")).startsWith("Released on").contains(crew.supervisor(),
                "Bail was posted on");
    }

    @Test
    void aSupervisorPermitsAJudgesWarrantOnlyWithTheJudicialChecklistAndTheCaseNumber() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2611-5006");
        logMagistratesWarrant();
        long id = page.requestId();

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        page.type("permit:reason", "Federal criminal warrant, executed under S06-12-02");
        page.clickAndWait("permit:take");
        assertThat(page.text("permit:checklist-error")).contains("Confirm that the document was issued by a court");
        tickJudicialChecklist("permit");
        page.clickAndWait("permit:take");
        assertThat(page.text("permit:caseNumber-error")).contains("the court's case number");
        for (String point : new String[] {"issued by a court", "signed by a judge", "shows a case number",
            "states what it requires"}) {
            if (!page.browser.findElement(By.xpath("//form[@id='permit']//label[contains(normalize-space(.), \""
                    + point + "\")]/preceding-sibling::input")).isSelected()) {
                page.tick("permit", point);
            }
        }
        page.type("permit:caseNumber", "1:26-mj-00233");
        page.clickAndWait("permit:take");
        assertThat(page.text("state")).contains("Permitted by the supervisor");
    }

    @Test
    void aDetainerWithAJudgesWarrantIsOneRequestWhoseArrestIsExecutedWhileItsAddOnsAreRefused() throws Exception {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields("E-2611-5010");
        page.tick("intake", "Share the person's release date or time");
        page.tick("intake", "Tell the agency when the person is released");
        classifyMagistratesWarrant();
        page.clickAndWait("intake:addDocument");
        page.choose("intake:further:0:documentType", "Immigration detainer (I-247A)");
        page.type("intake:further:0:formNumber", "I-247A");
        page.type("intake:further:0:signerTitle", "Supervisory Detention and Deportation Officer");
        page.clickAndWait("intake:submit");
        long id = page.requestId();
        assertThat(page.text("record")).contains("Document 2, which came with the first",
                "Immigration detainer (I-247A), I-247A");
        assertThat(page.texts("#round-1 tbody tr")).as("every ask decided on each document").hasSize(6)
                .filteredOn(row -> row.contains("Immigration detainer")).allMatch(row -> row.contains("Decline"));
        assertThat(page.text("outcome-word")).isEqualTo("LEGAL SIGN-OFF FIRST");
        assertThat(page.texts("#headline li")).containsExactly(
                "Notice of release: wait for the supervisor, share nothing meanwhile.",
                "Release date: wait for the supervisor, share nothing meanwhile.",
                "Execute the warrant: wait for the supervisor, do nothing meanwhile.");

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("start-review:take");
        tickJudicialChecklist("escalate");
        page.type("escalate:caseNumber", "1:26-mj-00234");
        page.clickAndWait("escalate:take");
        assertThat(page.text("outcome-word")).isEqualTo("WITH THE LEGAL DEPARTMENT");
        assertThat(page.texts("#headline li")).containsExactly(
                "Notice of release: wait for the legal department, share nothing meanwhile.",
                "Release date: wait for the legal department, share nothing meanwhile.",
                "Execute the warrant: permitted.");

        page.signIn(crew.legal(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.tick("approve", "Share the person's release date or time");
        tickJudicialChecklist("approve");
        page.type("approve:caseNumber", "1:26-mj-00234");
        page.clickAndWait("approve:take");
        assertThat(page.text("approve:reason-error")).as("refusing the notice needs a reason")
                .contains("[NOTIFY_RELEASE] will be refused");
        page.open("requests/request.xhtml?id=" + id);
        page.type("refuse:reason", "The warrant orders an arrest, not release information.");
        page.clickAndWait("refuse:take");
        assertThat(page.text("outcome-word")).as("the banner follows legal's decision").isEqualTo("REFUSED BY LEGAL");
        assertThat(page.texts("#headline li")).containsExactly("Notice of release: do not share.",
                "Release date: do not share.", "Execute the warrant: permitted.");

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        page.clickAndWait("close:take");
        assertThat(page.text("outcome-word")).as("and closing").isEqualTo("CLOSED");
        assertThat(page.texts("#headline li")).containsExactly("Notice of release: do not share.",
                "Release date: do not share.", "Execute the warrant: permitted.");
        page.screenshot("request-asks-closed");
    }

    /**
     * The intake with the keyboard alone: Tab from field to field, typing (a menu chooses by the
     * first letters of an option, a checkbox ticks with the space bar), Enter on the button. The
     * request page opens with the focus on what to tell the agent.
     */
    @Test
    void anOfficerLogsARequestWithTheKeyboardAloneAndTheFocusLandsOnTheDecision() throws Exception {
        try (PageDriver keys = new PageDriver("en-US")) {
            keys.signIn(crew.otherOfficer(), Crew.PASSWORD);
            keys.open("officer/intake.xhtml");
            keys.tabTo("intake:eventNumber");
            keys.press("E-2611-5011");
            keys.tabTo("intake:oemcNumber");
            keys.press("OEMC-2611-5011");
            // A date and time field takes its parts in the browser's order: month, day, year, hour, minute,
            // AM/PM; each moves on by itself when full, but the year (up to six digits) only with the arrow.
            LocalDateTime received = ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10).toLocalDateTime();
            keys.tabTo("intake:receivedAt");
            keys.press(received.format(DateTimeFormatter.ofPattern("MMddyyyy")), Keys.ARROW_RIGHT,
                    received.format(DateTimeFormatter.ofPattern("hhmm")), received.getHour() < 12 ? "A" : "P");
            assertThat(keys.browser.findElement(By.id("intake:receivedAt")).getAttribute("value"))
                    .isEqualTo(received.format(LOCAL));
            keys.tabTo("intake:channel");
            keys.press("Fax");
            keys.tabTo("intake:agency");
            keys.press("ICE");
            keys.tabTo("intake:agentName");
            keys.press("Officer Sam Lee");
            keys.tabTo("intake:agentContact");
            keys.press("fax 312-555-0199");
            keys.tabTo("intake:identityCheck");
            keys.press("Not verified");
            keys.tabTo("intake:documentType");
            keys.press("Immigration detainer");
            keys.tabTo("intake:subjectReference");
            keys.press("CB 19887766");
            keys.tabTo("intake:custody");
            keys.press("In a Chicago");
            keys.tabToLabel("intake", "Hold the person");
            keys.press(Keys.SPACE);
            keys.tabTo("intake:purpose");
            keys.press("Civil");
            keys.tabTo("intake:submit");
            keys.pressAndWait(Keys.ENTER);

            assertThat(keys.present("outcome-word")).as("the request page, not: %s", keys.text("main")).isTrue();
            assertThat(keys.text("outcome-word")).isEqualTo("DECLINE");
            assertThat(keys.focusedId()).isEqualTo("tell-agent");
            assertThat(keys.texts("#timeline .step-name")).containsExactly("Logged");
        }
    }

    @Test
    void aBadIntakeShowsEveryFaultAtItsFieldAndStoresNothing() throws Exception {
        page.signIn(crew.otherOfficer(), Crew.PASSWORD);
        String before = page.text("counts");
        page.clickAndWait("nav-intake");
        page.clickAndWait("intake:submit");

        assertThat(page.text("error-summary")).contains("There is a problem", "Event number: required",
                "Agent's name: required", "Asks: at least one ask is required");
        assertThat(page.text("intake:eventNumber-error")).isEqualTo("Required");
        assertThat(page.browser.findElement(By.id("intake:eventNumber")).getAttribute("aria-invalid")).isEqualTo("true");

        page.type("intake:formNumber", "I-205");
        page.leave("intake:formNumber");
        page.waitForText("intake:guidance", "administrative warrant (I-200/I-205)");
        page.type("intake:signerTitle", "Immigration Judge");
        page.leave("intake:signerTitle");
        page.waitForText("guidance-immigration-judge", "does not make a document judicial");
        page.screenshot("intake-errors");

        fillCommonFields("E-2611-5003");
        page.choose("intake:documentType", "Court order");
        page.type("intake:formNumber", " ");
        page.type("intake:signerTitle", "United States District Judge");
        page.tick("intake", "Say whether the police hold the person");
        page.choose("intake:purpose", "A criminal investigation");
        page.browser.findElement(By.id("intake:file")).sendKeys(ScannedDocuments.pngNamedPdf(files).toString());
        page.clickAndWait("intake:submit");
        assertThat(page.present("intake:file-error")).as(page.text("main")).isTrue();
        assertThat(page.text("intake:file-error")).isEqualTo("The name says PDF document, but the content is a PNG image");
        assertThat(page.text("error-summary")).doesNotContain("Event number");

        page.browser.findElement(By.id("intake:file")).sendKeys(ScannedDocuments.empty(files).toString());
        page.clickAndWait("intake:submit");
        assertThat(page.text("intake:file-error")).isEqualTo("The file is empty");

        page.clickAndWait("nav-mine");
        assertThat(page.present("mine-empty")).isTrue();
        page.open("officer/index.xhtml");
        assertThat(page.text("counts")).isEqualTo(before);
    }

    @Test
    void aSupervisorCorrectsTheClassificationFromAFormFilledInAsRecorded() throws Exception {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())).getJsonNumber("id")
                .longValue();
        assertThat(Crew.as(crew.supervisor()).post("api/v1/requests/" + id + "/steps/start-review", "").statusCode())
                .isEqualTo(200);

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.browser.findElements(By.cssSelector("input[name='reclassify:asks']:checked")))
                .extracting(box -> box.getAttribute("value")).containsExactlyInAnyOrder("DETAIN", "NOTIFY_RELEASE");
        assertThat(new Select(page.browser.findElement(By.id("reclassify:purpose"))).getFirstSelectedOption().getText())
                .isEqualTo("Civil immigration enforcement");
        assertThat(page.browser.findElement(By.id("reclassify:formNumber")).getAttribute("value")).isEqualTo("I-247A");

        page.choose("reclassify:documentType", "Administrative immigration warrant (I-200 or I-205)");
        page.type("reclassify:formNumber", "I-200");
        page.clickAndWait("reclassify:take");

        assertThat(page.text("messages")).contains("The classification is corrected and the law was applied again.");
        assertThat(page.text("round-2")).contains("2-173");
        JsonObject after = Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id));
        assertThat(after.getString("state")).isEqualTo("UNDER_SUPERVISOR_REVIEW");
        assertThat(after.getJsonObject("intake").getString("documentType")).isEqualTo("ADMINISTRATIVE_WARRANT");
        assertThat(after.getJsonObject("intake").getJsonArray("asks")).hasSize(2);
        page.screenshot("request-reclassified");
    }

    @Test
    void aSupervisorCorrectsASecondDocumentFromItsOwnFieldsFilledInAsRecorded() throws Exception {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithDetainer("OEMC-2611-7790")))
                .getJsonNumber("id").longValue();
        assertThat(Crew.as(crew.supervisor()).post("api/v1/requests/" + id + "/steps/start-review", "").statusCode())
                .isEqualTo(200);

        page.signIn(crew.supervisor(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.browser.findElement(By.id("reclassify:formNumber")).getAttribute("value")).isEmpty();
        assertThat(new Select(page.browser.findElement(By.id("reclassify:further:0:documentType")))
                .getFirstSelectedOption().getText()).isEqualTo("Immigration detainer (I-247A)");
        assertThat(page.browser.findElement(By.id("reclassify:further:0:formNumber")).getAttribute("value"))
                .isEqualTo("I-247A");

        page.choose("reclassify:further:0:documentType", "Administrative immigration warrant (I-200 or I-205)");
        page.type("reclassify:further:0:formNumber", "I-200");
        page.clickAndWait("reclassify:take");

        assertThat(page.text("messages")).contains("The classification is corrected and the law was applied again.");
        JsonObject after = Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id));
        assertThat(after.getJsonObject("intake").getString("documentType")).isEqualTo("JUDICIAL_WARRANT");
        JsonObject second = after.getJsonObject("intake").getJsonArray("documents").getJsonObject(0);
        assertThat(second.getString("documentType")).isEqualTo("ADMINISTRATIVE_WARRANT");
        assertThat(second.getString("formNumber")).isEqualTo("I-200");
        assertThat(after.getJsonObject("intake").getJsonArray("asks")).hasSize(3);
    }

    @Test
    void aSupervisorActingOnAStalePageIsToldPlainly() throws Exception {
        JsonObject created = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer()));
        long id = created.getJsonNumber("id").longValue();
        assertThat(Crew.as(crew.supervisor()).post("api/v1/requests/" + id + "/steps/start-review", "").statusCode())
                .isEqualTo(200);

        try (PageDriver other = new PageDriver()) {
            page.signIn(crew.supervisor(), Crew.PASSWORD);
            page.open("requests/request.xhtml?id=" + id);
            other.signIn(crew.otherSupervisor(), Crew.PASSWORD);
            other.open("requests/request.xhtml?id=" + id);

            page.type("decline:reason", "A detainer is not a judicial warrant.");
            page.clickAndWait("decline:take");
            other.type("escalate:reason", "Legal should look at this");
            other.clickAndWait("escalate:take");

            assertThat(other.text("messages")).contains("Someone else acted on this request since you opened it",
                    "It is now: Declined by the supervisor.");
            assertThat(other.text("state")).contains("Declined by the supervisor");
            assertThat(other.absent("escalate")).isTrue();
            other.screenshot("request-stale");
        }
        JsonObject after = Api.json(Crew.as(crew.supervisor()).get("api/v1/requests/" + id));
        assertThat(after.getString("state")).isEqualTo("DECLINED");
    }

    @Test
    void aRequestSomeoneMayNotSeeIsNotFound() {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())).getJsonNumber("id")
                .longValue();
        page.signIn(crew.otherOfficer(), Crew.PASSWORD);
        page.open("requests/request.xhtml?id=" + id);
        assertThat(page.text("page-title")).isEqualTo("Page not found");
        assertThat(page.text("not-found")).isEqualTo("No request with id " + id + ".");
    }

    private long attachmentId() {
        String href = page.browser.findElement(By.cssSelector("#documents a")).getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    /** An officer logs a federal court order with its scan, for a criminal investigation. */
    private void logCourtOrder(String eventNumber) throws IOException {
        page.signIn(crew.officer(), Crew.PASSWORD);
        page.clickAndWait("nav-intake");
        fillCommonFields(eventNumber);
        page.choose("intake:documentType", "Court order");
        page.type("intake:signerTitle", "United States District Judge");
        page.tick("intake", "The document has a court caption");
        page.waitForText("intake:guidance", "this looks like a judicial document");
        page.browser.findElement(By.id("intake:file")).sendKeys(ScannedDocuments.courtOrder(files).toString());
        page.tick("intake", "Say whether the police hold the person");
        page.choose("intake:purpose", "A criminal investigation");
        page.clickAndWait("intake:submit");
    }

    private void fillCommonFields(String eventNumber) {
        page.type("intake:eventNumber", eventNumber);
        page.type("intake:oemcNumber", "OEMC-" + eventNumber);
        page.setValue("intake:receivedAt", ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10).format(LOCAL));
        page.choose("intake:channel", "In person");
        page.choose("intake:agency", "ICE (Immigration and Customs Enforcement)");
        page.type("intake:agencyComponent", "HSI");
        page.type("intake:agentName", "Agent Dana Reyes");
        page.type("intake:agentBadge", "HSI-4471");
        page.type("intake:agentContact", "312-555-0100 (HSI Chicago switchboard)");
        page.choose("intake:identityCheck", "Called back a number found independently");
        page.type("intake:subjectReference", "IR 2041187");
        page.choose("intake:custody", "In a Chicago police lockup");
    }

    /** A magistrate's warrant with a court caption, for a criminal case: the arrest is one of its asks. */
    private void logMagistratesWarrant() {
        classifyMagistratesWarrant();
        page.clickAndWait("intake:submit");
    }

    private void classifyMagistratesWarrant() {
        page.choose("intake:documentType", "Judicial warrant (signed by a judge)");
        page.type("intake:signerTitle", "United States Magistrate Judge");
        page.tick("intake", "The document has a court caption");
        page.tick("intake", "Arrest the person on the agency's warrant");
        page.choose("intake:purpose", "A criminal investigation");
    }

    /** Ticks the four points of the judicial checklist, looking at the paper. */
    private void tickJudicialChecklist(String formId) {
        for (String point : new String[] {"issued by a court", "signed by a judge", "shows a case number",
            "states what it requires"}) {
            page.tick(formId, point);
        }
    }

    private void logDetainer(String eventNumber) {
        fillCommonFields(eventNumber);
        page.choose("intake:channel", "Fax");
        page.choose("intake:identityCheck", "Not verified");
        page.choose("intake:documentType", "Immigration detainer (I-247A)");
        page.type("intake:formNumber", "I-247A");
        page.type("intake:signerTitle", "Supervisory Detention and Deportation Officer");
        page.tick("intake", "Hold the person");
        page.tick("intake", "Tell the agency when the person is released");
        page.choose("intake:purpose", "Civil immigration enforcement");
        page.clickAndWait("intake:submit");
    }
}
