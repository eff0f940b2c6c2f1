package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are bounded before anything holds them: a body that announces more than the
 * limit is refused with 413 before the client has sent a byte of it; a chunked body is cut off at
 * the limit; nothing of either is stored. Limits: 1 MiB for JSON (welcoming.security.max-body-bytes),
 * the scan limit for scanned documents (welcoming.attachments.max-bytes, 20 MiB).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoundedBodiesIT {

    private static final int MAX_JSON = 1_048_576;
    private static final int MAX_SCAN = 20_971_520;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    private static List<String> officer(String... more) {
        String pair = "officer:" + Api.DEMO_PASSWORD;
        List<String> headers = new ArrayList<>(List.of(
                "Authorization: Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                "Accept: application/json"));
        headers.addAll(List.of(more));
        return headers;
    }

    private static long requestsSeenByTheOfficer() {
        return Api.json(Api.as("officer").get("api/v1/requests?size=1")).getJsonNumber("total").longValue();
    }

    /** A valid intake whose stated purpose makes the body {@code size} bytes long. */
    private static byte[] intakeOf(int size) {
        String intake = Intakes.detainer();
        String padded = intake.substring(0, intake.lastIndexOf('}')) + ", \"statedPurpose\": \"\"}";
        int missing = size - padded.getBytes(StandardCharsets.UTF_8).length;
        return padded.replace("\"statedPurpose\": \"\"", "\"statedPurpose\": \"" + "x".repeat(missing) + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject json(RawHttp.Answer answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void aJsonBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        long before = requestsSeenByTheOfficer();

        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "api/v1/requests",
                officer("Content-Type: application/json", "Content-Length: " + (MAX_JSON + 1)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(json(answer).getString("message")).isEqualTo("The request body has 1,048,577 bytes, larger than"
                + " the limit of 1,048,576 bytes (welcoming.security.max-body-bytes); nothing was read or stored.");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(requestsSeenByTheOfficer()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyIsCutOffAtTheLimit() throws IOException {
        long before = requestsSeenByTheOfficer();
        byte[] oversize = intakeOf(MAX_JSON + 10_000);
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < oversize.length; from += 65_536) {
            chunks.add(RawHttp.chunk(Arrays.copyOfRange(oversize, from, Math.min(oversize.length, from + 65_536))));
        }
        chunks.add(RawHttp.chunk(new byte[0]));

        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "api/v1/requests",
                officer("Content-Type: application/json", "Transfer-Encoding: chunked"), chunks.toArray(byte[][]::new));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(json(answer).getString("message")).isEqualTo("The request body went on past the limit of 1,048,576"
                + " bytes (welcoming.security.max-body-bytes); nothing was stored.");
        assertThat(requestsSeenByTheOfficer()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsTaken() throws IOException {
        byte[] intake = Intakes.detainer().getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "api/v1/requests",
                officer("Content-Type: application/json", "Transfer-Encoding: chunked"),
                RawHttp.chunk(Arrays.copyOf(intake, 100)),
                RawHttp.chunk(Arrays.copyOfRange(intake, 100, intake.length)), RawHttp.chunk(new byte[0]));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void anUploadOnTheIntakePageAnnouncedOverTheScanLimitIsRefusedBeforeItIsSent() throws IOException {
        PageSession officer = PageSession.signedInAs("officer");
        long announced = MAX_SCAN + 64 * 1024 + 1;

        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "officer/intake.xhtml", List.of(
                "Cookie: JSESSIONID=" + officer.sessionCookie(), "Sec-Fetch-Site: same-origin",
                "Content-Type: multipart/form-data; boundary=scan", "Content-Length: " + announced));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
        assertThat(answer.body()).isEqualTo("The request body has 21,037,057 bytes, larger than the limit of"
                + " 21,037,056 bytes (welcoming.attachments.max-bytes); nothing was read or stored.");
    }

    @Test
    void aDocumentForTheApiAnnouncedOverTheScanLimitIsRefusedBeforeItIsSent() throws IOException {
        long id = Api.json(Api.as("officer").post("api/v1/requests", Intakes.detainer())).getJsonNumber("id").longValue();

        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "api/v1/requests/" + id + "/attachments?name=big.pdf",
                officer("Content-Type: application/pdf", "Content-Length: " + (MAX_SCAN + 1)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(json(answer).getString("message")).contains("larger than the limit of 20,971,520 bytes"
                + " (welcoming.attachments.max-bytes)");
        assertThat(Api.json(Api.as("officer").get("api/v1/requests/" + id)).getJsonArray("attachments"))
                .as("nothing stored").isEmpty();
    }
}
