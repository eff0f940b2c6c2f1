package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scanned documents in, letters out, and every bad input refused with nothing stored. */
@ExtendWith(ArquillianExtension.class)
class RequestDocumentsApiIT {

    private static Crew crew;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void openAccounts() {
        crew = Crew.open();
    }

    @Test
    void aScannedOrderIsStoredWithItsHashAndComesBackUnchanged() throws Exception {
        long id = submit();
        byte[] pdf = Scans.courtOrderPdf();
        HttpResponse<String> stored = Crew.as(crew.officer()).postBytes(attachments(id) + "?name=court-order.pdf",
                "application/pdf", pdf);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonObject attachment = Api.json(stored);
        assertThat(attachment.getString("sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(attachment.getString("mediaType")).isEqualTo("application/pdf");

        HttpResponse<byte[]> back = Crew.as(crew.supervisor()).download(attachments(id) + "/" + attachment.getInt("id"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(pdf);
        assertThat(back.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(Crew.as(crew.otherOfficer()).download(attachments(id) + "/" + attachment.getInt("id")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void badFilesAreRefusedByContentAndNothingIsStored() {
        long id = submit();
        Api officer = Crew.as(crew.officer());
        assertRefused(officer.postBytes(attachments(id) + "?name=order.pdf", "application/pdf", Scans.PNG), 400,
                "the name says PDF document, but the content is a PNG image");
        assertRefused(officer.postBytes(attachments(id) + "?name=order.pdf", "application/pdf", new byte[0]), 400,
                "file: the file is empty");
        assertRefused(officer.postBytes(attachments(id) + "?name=order.pdf", "application/pdf",
                "%not a pdf, just text".getBytes()), 400, "file:");
        assertRefused(officer.postBytes(attachments(id) + "?name=order.exe", "application/octet-stream",
                Scans.courtOrderPdf()), 400, "file");
        byte[] oversize = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(Scans.courtOrderPdf(), 0, oversize, 0, 8);
        assertRefused(officer.postBytes(attachments(id) + "?name=big.pdf", "application/pdf", oversize), 413,
                "larger than the limit of 20,971,520 bytes");
        assertThat(Api.json(officer.get("api/v1/requests/" + id)).getJsonArray("attachments")).isEmpty();
    }

    @Test
    void aDeclinedRequestHasALetterCitingTheOrdinanceAndTheReason() {
        long id = Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.detainer())).getJsonNumber("id")
                .longValue();
        HttpResponse<byte[]> none = Crew.as(crew.officer()).download("api/v1/requests/" + id + "/letter");
        assertThat(none.statusCode()).isEqualTo(409);
        assertThat(new String(none.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("a letter exists only once");
        RequestWorkflowApiIT.step(crew.supervisor(), id, "start-review", "", 200);
        String reason = "An immigration detainer is not a judicial warrant; nobody is held on it.";
        JsonObject declined = RequestWorkflowApiIT.step(crew.supervisor(), id, "decline",
                "{\"reason\": \"" + reason + "\"}", 200);

        HttpResponse<byte[]> letter = Crew.as(crew.officer()).download("api/v1/requests/" + id + "/letter");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = Scans.text(letter.body()).replaceAll("\\s+", " ");
        assertThat(text).contains(declined.getString("reference"), "ICE", "2-173", reason, "City of Chicago");
    }

    @Test
    void anIncompleteIntakeNamesEveryMissingFieldAndStoresNothing() {
        Api officer = Crew.as(crew.officer());
        long before = Api.json(officer.get("api/v1/requests")).getJsonNumber("total").longValue();
        HttpResponse<String> empty = officer.post("api/v1/requests", "{}");
        assertRefused(empty, 400, "eventNumber: required");
        assertThat(Api.json(empty).getString("message")).contains("agentContact: required", "asks: at least one ask",
                "subjectReference: required", "identityCheck: required");
        assertRefused(officer.post("api/v1/requests", Intakes.courtOrder().replace("\"IR 2041187\"", "\"Maria Lopez\"")),
                400, "subjectReference: a CPD record number is expected");
        assertRefused(officer.post("api/v1/requests", Intakes.courtOrder().replace("\"custody\"",
                "\"immigrationStatus\": \"undocumented\", \"custody\"")), 400,
                "immigrationStatus: refused: the application never asks for, stores or accepts");
        assertRefused(officer.post("api/v1/requests", Intakes.courtOrder().replace("\"COURT_ORDER\"", "\"WARRANTISH\"")),
                400, "documentType: unknown value 'WARRANTISH'");
        assertRefused(officer.post("api/v1/requests", "{\"eventNumber\": "), 400, "malformed JSON");
        assertThat(Api.json(officer.get("api/v1/requests")).getJsonNumber("total").longValue()).isEqualTo(before);
        assertThat(Crew.as(crew.supervisor()).post("api/v1/requests", Intakes.courtOrder()).statusCode())
                .as("only officers log requests").isEqualTo(403);
    }

    private static long submit() {
        return Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.courtOrder())).getJsonNumber("id")
                .longValue();
    }

    private static String attachments(long id) {
        return "api/v1/requests/" + id + "/attachments";
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.json(response).getString("message")).contains(message);
    }
}
