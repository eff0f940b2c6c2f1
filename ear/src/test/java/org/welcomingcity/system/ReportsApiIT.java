package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports on seeded data with known counts. The reports cover every unit, and the test
 * domain's database outlives a run, so each report is read before seeding and the seeded
 * requests must show up exactly (by their tagged OEMC numbers, or as exact differences).
 * 2023 Q2 is seeded only here; 2009 is seeded by nobody (the empty year); the statistics and
 * suppression use one day of 2022 that is checked to be empty first.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsApiIT {

    private static final String CITY = "api/v1/reports/city-quarterly?year=2023&quarter=2";
    private static final String STATE = "api/v1/reports/state-annual?year=2023";

    private static Crew crew;
    private static String tag;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void openAccounts() {
        crew = Crew.open();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theCityAndStateReportsListTheSeededQuarterExactly() {
        JsonObject stateBefore = report(STATE);
        JsonObject statsBefore = report("api/v1/reports/statistics?year=2023&quarter=2");

        JsonObject detainer = Seeds.log(crew, tag + "-1", "2023-04-03T09:15:00-05:00", "ICE", "DETAINER", "I-247A",
                "CIVIL_IMMIGRATION", "\"DETAIN\", \"NOTIFY_RELEASE\"");
        JsonObject warrant = Seeds.log(crew, tag + "-2", "2023-05-10T22:40:00-05:00", "ICE", "ADMINISTRATIVE_WARRANT",
                "I-200", "CIVIL_IMMIGRATION", "\"TRANSFER_CUSTODY\"");
        Seeds.log(crew, tag + "-3", "2023-05-11T08:00:00-05:00", "CBP", "COURT_ORDER", null, "CRIMINAL",
                "\"DISCLOSE_CUSTODY_STATUS\"");
        JsonObject unknown = Seeds.log(crew, tag + "-4", "2023-06-01T12:00:00-05:00", "OTHER_FEDERAL", "NONE", null,
                "UNKNOWN", "\"DISCLOSE_RELEASE_DATE\"");
        JsonObject hit = Seeds.log(crew, tag + "-5", "2023-06-30T23:30:00-05:00", "ICE", "NCIC_IMMIGRATION_HIT", null,
                "CIVIL_IMMIGRATION", "\"DETAIN\"");
        Seeds.log(crew, tag + "-6", "2023-07-01T00:30:00-05:00", "ICE", "DETAINER", "I-247A", "CIVIL_IMMIGRATION",
                "\"DETAIN\""); // the third quarter, in city time
        RequestWorkflowApiIT.step(crew.supervisor(), Seeds.id(detainer), "start-review", "", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), Seeds.id(detainer), "decline", "{\"reason\": \"A detainer is not a judicial"
                + " warrant.\"}", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), Seeds.id(detainer), "close", "", 200);
        Seeds.custody(crew, Seeds.id(detainer), """
            {"disposition": "TRANSFERRED", "at": "2023-04-04T10:00:00-05:00", "receivingAgency": "Cook County Sheriff",
             "bailPostedAt": "2023-04-04T09:30:00-05:00"}""");
        Seeds.custody(crew, Seeds.id(warrant), """
            {"disposition": "RELEASED", "at": "2023-05-11T07:45:00-05:00", "bailPostedAt": "2023-05-11T07:00:00-05:00"}""");

        JsonObject city = report(CITY);
        assertThat(mine(city.getJsonArray("requests"), "oemcNumber")).containsExactly(
                List.of("2023-04-03", "OEMC-" + tag + "-1", "ICE", "DETAINER", outcome(detainer), "CLOSED"),
                List.of("2023-05-10", "OEMC-" + tag + "-2", "ICE", "ADMINISTRATIVE_WARRANT", outcome(warrant), "SUBMITTED"),
                List.of("2023-06-01", "OEMC-" + tag + "-4", "OTHER_FEDERAL", "NONE", outcome(unknown), "SUBMITTED"),
                List.of("2023-06-30", "OEMC-" + tag + "-5", "ICE", "NCIC_IMMIGRATION_HIT", outcome(hit), "SUBMITTED"));
        assertThat(city.getJsonArray("warrants").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("oemcNumber").startsWith("OEMC-" + tag))
                .map(w -> w.getString("oemcNumber") + " " + w.getBoolean("transferred") + " "
                        + w.getString("receivingAgency", "-")))
                .containsExactly("OEMC-" + tag + "-1 true Cook County Sheriff", "OEMC-" + tag + "-2 false -",
                        "OEMC-" + tag + "-5 false -");
        assertProvenance(city, "2023-04-01", "2023-06-30");

        JsonObject state = report(STATE);
        // 25(a)(1) lists requests to assist with civil enforcement: not the criminal court order (-3), not OTHER_FEDERAL (-4)
        assertThat(state.getJsonArray("requests")).hasSize(stateBefore.getJsonArray("requests").size() + 4);
        assertThat(handled(state).entrySet()).containsAll(Map.of("DECLINED", handled(stateBefore)
                .getOrDefault("DECLINED", 0L) + 1).entrySet());
        assertThat(state.getJsonArray("warrants")).hasSize(stateBefore.getJsonArray("warrants").size() + 4);
        JsonObject transferred = state.getJsonArray("warrants").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("receivedAt").startsWith("2023-04-03T09:15")).findFirst().orElseThrow();
        assertThat(transferred.getString("disposition")).isEqualTo("TRANSFERRED");
        assertThat(transferred.getString("dispositionAt")).isEqualTo("2023-04-04T10:00:00-05:00");
        assertThat(transferred.getString("bailPostedAt")).isEqualTo("2023-04-04T09:30:00-05:00");
        assertThat(transferred.getString("receivingAgency")).isEqualTo("Cook County Sheriff");
        assertThat(state.containsKey("requestsCertification")).isFalse(); // JSON-B leaves out what is null
        assertThat(state.containsKey("warrantsCertification")).isFalse();
        String body = Crew.as(crew.legal()).get(STATE).body();
        assertThat(body).doesNotContain("Pat Quill", "IR 7730", "OEMC-" + tag, "E-" + tag, "subjectReference");

        JsonObject stats = report("api/v1/reports/statistics?year=2023&quarter=2");
        assertThat(stats.getJsonNumber("total").longValue()).isEqualTo(statsBefore.getJsonNumber("total").longValue() + 5);
        assertThat(counts(stats, "byAgency").get("ICE")).isEqualTo(counts(statsBefore, "byAgency").getOrDefault("ICE", 0L) + 3);
        assertThat(counts(stats, "byAsk").get("DETAIN")).isEqualTo(counts(statsBefore, "byAsk").getOrDefault("DETAIN", 0L) + 2);
        assertThat(counts(stats, "byMonth").get("2023-06")).isEqualTo(counts(statsBefore, "byMonth").getOrDefault("2023-06", 0L) + 2);
    }

    @Test
    void theCityReportAsPdfAndCsvListsTheSeededRequests() {
        Seeds.log(crew, tag + "-p", "2023-04-20T10:00:00-05:00", "ICE", "DETAINER", "I-247A", "CIVIL_IMMIGRATION",
                "\"DETAIN\"");
        HttpResponse<byte[]> pdf = Crew.as(crew.supervisor()).download(CITY, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = Scans.text(pdf.body());
        assertThat(text).contains("quarterly report, 2023 Q2", "Municipal Code of Chicago 2-173-069",
                "OEMC-" + tag + "-p", "Detainers and administrative warrants", "Rule packs in force for the period",
                "chicago-wco-2021");
        assertThat(text).containsPattern("its chain hash is\\s+[0-9a-f]{64}");

        HttpResponse<String> csv = Crew.as(crew.supervisor()).get(CITY, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"city-quarterly-2023-q2.csv\"");
        assertThat(csv.body()).contains("Report,city-quarterly (MCC 2-173-069)\r\n", "Audit chain hash at that event,",
                "\r\nReceived (day),Event number,OEMC number,Agency,Document,Outcome under the law,Where it stands,"
                        + "Answer per ask\r\n",
                "2023-04-20,E-" + tag + "-p,OEMC-" + tag + "-p,ICE,DETAINER,DECLINE,SUBMITTED,DETAIN: OPEN\r\n");
    }

    @Test
    void theListsShowEachAsksOwnAnswerInJsonCsvAndPdf() {
        String oemc = "OEMC-" + tag + "-w";
        long id = Seeds.id(Api.json(Crew.as(crew.officer()).post("api/v1/requests", Intakes.warrantWithDetainer(oemc))));
        RequestWorkflowApiIT.step(crew.supervisor(), id, "start-review", "", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), id, "permit", "{\"reason\": \"The warrant is executed; the detainer"
                + " is not honored.\", " + RequestAsksApiIT.JUDICIAL + "}", 200);
        List<String> answers = List.of("DISCLOSE_RELEASE_DATE: DECLINED", "EXECUTE_WARRANT: PERMITTED",
                "NOTIFY_RELEASE: DECLINED");
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        String city = "api/v1/reports/city-quarterly?year=" + today.getYear() + "&quarter=" + ((today.getMonthValue() - 1) / 3 + 1);
        String state = "api/v1/reports/state-annual?year=" + today.getYear();

        JsonObject listed = report(city).getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("oemcNumber").equals(oemc)).findFirst().orElseThrow();
        assertThat(askAnswers(listed)).isEqualTo(answers);
        assertThat(report(state).getJsonArray("requests").getValuesAs(JsonObject.class))
                .extracting(ReportsApiIT::askAnswers).as("the TRUST Act list, one line per request with each answer")
                .contains(answers);

        String line = String.join("; ", answers);
        // the PDFs, unlike the data (JSON, CSV), say each ask and answer in words
        String[] words = {"Release date: Declined by the supervisor", "Execute the warrant: Permitted by the supervisor",
            "Notice of release: Declined by the supervisor"};
        assertThat(Crew.as(crew.supervisor()).get(city, "text/csv").body()).contains(oemc + ",ICE,JUDICIAL_WARRANT,",
                "," + line + "\r\n");
        assertThat(Crew.as(crew.legal()).get(state, "text/csv").body())
                .contains("Received (day),Agency,Document,Outcome under the law,Handled,Answer per ask\r\n", ",PERMITTED," + line + "\r\n");
        assertThat(Scans.text(Crew.as(crew.supervisor()).download(city, "application/pdf").body()).replaceAll("\\s+", " "))
                .contains("Answer per ask").contains(words);
        assertThat(Scans.text(Crew.as(crew.legal()).download(state, "application/pdf").body()).replaceAll("\\s+", " "))
                .contains("Answer per ask").contains(words);
    }

    private static List<String> askAnswers(JsonObject listed) {
        return listed.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action") + ": " + a.getString("answer")).toList();
    }

    @Test
    void anEmptyYearCarriesBothNoneReceivedCertifications() {
        JsonObject empty = report("api/v1/reports/state-annual?year=2009");
        assertThat(empty.getJsonArray("requests")).isEmpty();
        assertThat(empty.getJsonArray("warrants")).isEmpty();
        assertThat(empty.getString("requestsCertification")).isEqualTo("City of Chicago certifies that from 2009-01-01"
                + " to 2009-12-31 it received no requests from federal immigration agents to assist with a civil"
                + " immigration enforcement operation (5 ILCS 805/25(a)(1)).");
        assertThat(empty.getString("warrantsCertification")).isEqualTo("City of Chicago certifies that from 2009-01-01"
                + " to 2009-12-31 it received no immigration detainers and no civil immigration warrants"
                + " (5 ILCS 805/25(a)(2)).");

        HttpResponse<byte[]> pdf = Crew.as(crew.legal()).download("api/v1/reports/state-annual?year=2009",
                "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = Scans.text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("annual report under the TRUST Act, 2009", "Certification:",
                "it received no immigration detainers and no civil immigration warrants (5 ILCS 805/25(a)(2))",
                "to assist with a civil immigration enforcement operation (5 ILCS 805/25(a)(1))",
                "Detainers and civil immigration warrants (25(a)(2)): 0");
    }

    /**
     * 25(a)(1) and 25(a)(2) are certified apart: a year (2014, seeded only here) with a civil ask and no
     * detainer or civil warrant certifies none of the second only. A criminal matter and a public-records
     * request are no requests to assist with civil immigration enforcement.
     */
    @Test
    void theTwoNoneReceivedCertificationsStandApart() {
        JsonObject before = report("api/v1/reports/state-annual?year=2014");
        Seeds.log(crew, tag + "-k", "2014-03-04T10:00:00-06:00", "ICE", "NONE", null, "UNKNOWN",
                "\"DISCLOSE_RELEASE_DATE\"");
        Seeds.log(crew, tag + "-r", "2014-03-05T10:00:00-06:00", "CBP", "NONE", null, "CRIMINAL", "\"ACCESS_PERSON\"");
        JsonObject foia = Seeds.log(crew, tag + "-f", "2014-03-06T10:00:00-06:00", "ICE", "FOIA_REQUEST", null,
                "UNKNOWN", "\"DISCLOSE_STATUS\"");
        assertThat(foia.getString("state")).isEqualTo("REFERRED");

        JsonObject after = report("api/v1/reports/state-annual?year=2014");
        assertThat(after.getJsonArray("requests")).hasSize(before.getJsonArray("requests").size() + 1);
        assertThat(after.getJsonArray("requests").getValuesAs(JsonObject.class))
                .extracting(q -> q.getString("documentType")).doesNotContain("FOIA_REQUEST");
        assertThat(after.containsKey("requestsCertification")).isFalse();
        assertThat(after.getJsonArray("warrants")).isEmpty();
        assertThat(after.getString("warrantsCertification")).endsWith("it received no immigration detainers and no"
                + " civil immigration warrants (5 ILCS 805/25(a)(2)).");
    }

    @Test
    void statisticsAndThePublicCountsOfOneDayAreExactAndSmallCountsAreWithheld() {
        LocalDate day = emptyDay();
        String at = day + "T11:00:00-06:00";
        List<JsonObject> seeded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seeded.add(Seeds.log(crew, tag + "-i" + i, at, "ICE", "DETAINER", "I-247A", "CIVIL_IMMIGRATION", "\"DETAIN\""));
        }
        for (int i = 0; i < 5; i++) {
            seeded.add(Seeds.log(crew, tag + "-c" + i, at, "CBP", "ADMINISTRATIVE_WARRANT", "I-200", "CIVIL_IMMIGRATION",
                    "\"DETAIN\", \"ACCESS_PERSON\""));
        }
        for (int i = 0; i < 2; i++) {
            seeded.add(Seeds.log(crew, tag + "-u" + i, at, "USCIS", "NONE", null, "UNKNOWN", "\"DISCLOSE_CONTACT_INFO\""));
        }
        long first = Seeds.id(seeded.get(13));
        RequestWorkflowApiIT.step(crew.supervisor(), first, "start-review", "", 200);
        RequestWorkflowApiIT.step(crew.supervisor(), first, "decline", "{\"reason\": \"Contact information is not"
                + " given for civil enforcement.\"}", 200);

        String period = "from=" + day + "&to=" + day;
        JsonObject stats = report("api/v1/reports/statistics?" + period);
        assertThat(stats.getJsonNumber("total").longValue()).isEqualTo(14);
        assertThat(counts(stats, "byAgency")).isEqualTo(Map.of("ICE", 7L, "CBP", 5L, "USCIS", 2L));
        assertThat(counts(stats, "byDocumentType")).isEqualTo(Map.of("DETAINER", 7L, "ADMINISTRATIVE_WARRANT", 5L,
                "NONE", 2L));
        assertThat(counts(stats, "byAsk")).isEqualTo(Map.of("DETAIN", 12L, "ACCESS_PERSON", 5L,
                "DISCLOSE_CONTACT_INFO", 2L));
        assertThat(counts(stats, "byOutcome")).isEqualTo(seeded.stream()
                .collect(Collectors.groupingBy(ReportsApiIT::outcome, Collectors.counting())));
        assertThat(counts(stats, "byMonth")).isEqualTo(Map.of(day.toString().substring(0, 7), 14L));
        assertThat(stats.getJsonNumber("supervisorDecisions").longValue()).isEqualTo(1);
        assertThat(stats.getJsonNumber("medianHoursToSupervisor").doubleValue()).isBetween(0.0, 1.0);
        assertThat(stats.getJsonNumber("legalSignOffs").longValue()).isZero();
        assertThat(stats.containsKey("medianHoursToLegal")).isFalse();
        assertThat(stats.getJsonNumber("supervisorOverdue").longValue()).isZero();
        assertThat(stats.getJsonNumber("supervisorLate").longValue()).isZero();

        JsonObject published = report("api/v1/reports/public-aggregate?" + period);
        assertThat(published.getInt("threshold")).isEqualTo(5);
        assertThat(published.getJsonObject("total").getJsonNumber("count").longValue()).isEqualTo(14);
        assertThat(cells(published, "Agency")).containsExactly("ICE=7", "CBP=withheld", "USCIS=withheld");
        assertThat(cells(published, "Document type")).containsExactly("DETAINER=7", "ADMINISTRATIVE_WARRANT=withheld",
                "NONE=withheld");
        HttpResponse<String> csv = Crew.as(crew.otherLegal()).get("api/v1/reports/public-aggregate?" + period, "text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).as("named for the days it covers")
                .hasValue("attachment; filename=\"public-aggregate-" + day + "-to-" + day + ".csv\"");
        assertThat(csv.body()).contains("Counts withheld below,5\r\n", "Requests received,14\r\n", "\r\nAgency,Requests\r\n"
                + "ICE,7\r\nCBP,<5\r\nUSCIS,<5\r\n").doesNotContain("Pat Quill", "OEMC-");
        String pdf = Scans.text(Crew.as(crew.otherLegal()).download("api/v1/reports/public-aggregate?" + period,
                "application/pdf").body());
        // the data keeps its codes; the PDF people read says them in words
        assertThat(pdf).contains("Requests received: 14", "USCIS (Citizenship and Immigration Services) fewer than 5",
                "Immigration detainer (I-247A) 7", "Hold the person 12", "Decline 14")
                .doesNotContainPattern("\\b(DETAINER|ADMINISTRATIVE_WARRANT|NONE|DETAIN|DECLINE)\\b");
        String statsPdf = Scans.text(Crew.as(crew.otherLegal()).download("api/v1/reports/statistics?" + period,
                "application/pdf").body());
        assertThat(statsPdf).contains("Requests received: 14", "By agency", "ICE (Immigration and Customs Enforcement) 7",
                "CBP (Customs and Border Protection) 5", "USCIS (Citizenship and Immigration Services) 2");
    }

    @Test
    void onlySupervisorsLegalAndAuditorsGetReportsAndWrongPeriodsAreNamed() {
        assertThat(Crew.as(crew.officer()).get(CITY).statusCode()).isEqualTo(403);
        assertThat(Api.as("admin").get(STATE).statusCode()).isEqualTo(403);
        assertThat(Api.as("auditor").get(STATE).statusCode()).isEqualTo(200);
        HttpResponse<String> quarter = Crew.as(crew.supervisor()).get("api/v1/reports/city-quarterly?year=2023&quarter=5");
        assertThat(quarter.statusCode()).isEqualTo(400);
        assertThat(Api.json(quarter).getString("message")).startsWith("quarter:");
        HttpResponse<String> year = Crew.as(crew.supervisor()).get("api/v1/reports/state-annual?year=twenty");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(Api.json(year).getString("message")).startsWith("year:");
        assertThat(Api.json(Crew.as(crew.supervisor()).get("api/v1/reports/state-annual")).getString("message"))
                .startsWith("year:");
        assertThat(Crew.as(crew.supervisor()).get(STATE, "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void theHashAReportStatesIsTheHashOfTheAuditEventRecordingIt() {
        JsonObject report = report("api/v1/reports/state-annual?year=2009");
        JsonObject provenance = report.getJsonObject("provenance");
        long sequence = provenance.getJsonNumber("auditSequence").longValue();
        JsonObject event = Api.json(Api.as("auditor").get("api/v1/audit/events?action=REPORT_PRODUCED&size=200"))
                .getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("sequence").longValue() == sequence).findFirst().orElseThrow();
        assertThat(event.getString("hash")).isEqualTo(provenance.getString("auditHash"));
        assertThat(event.getString("actor")).isEqualTo(crew.legal());
        assertThat(event.getString("target")).isEqualTo("report:state-annual");
    }

    private static String outcome(JsonObject request) {
        return request.getString("outcome");
    }

    private static JsonObject report(String path) {
        HttpResponse<String> response = Crew.as(crew.legal()).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static void assertProvenance(JsonObject report, String from, String to) {
        JsonObject provenance = report.getJsonObject("provenance");
        assertThat(report.getJsonObject("period").getString("from")).isEqualTo(from);
        assertThat(report.getJsonObject("period").getString("to")).isEqualTo(to);
        assertThat(provenance.getString("auditHash")).matches("[0-9a-f]{64}");
        assertThat(provenance.getString("producedBy")).isEqualTo(crew.legal());
        assertThat(provenance.getJsonArray("packs").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id")).contains("chicago-wco-2021");
    }

    /** The seeded rows of a list (by their tagged number), as received, number, agency, document, outcome, state. */
    private static List<List<String>> mine(JsonArray rows, String number) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString(number).startsWith("OEMC-" + tag + "-"))
                .map(r -> List.of(r.getString("received"), r.getString(number), r.getString("agency"),
                        r.getString("documentType"), r.getString("outcome"), r.getString("state"))).toList();
    }

    private static Map<String, Long> handled(JsonObject state) {
        return state.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getString("handling"), Collectors.counting()));
    }

    static Map<String, Long> counts(JsonObject stats, String dimension) {
        return stats.getJsonArray(dimension).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("key"), c -> c.getJsonNumber("count").longValue()));
    }

    private static List<String> cells(JsonObject published, String dimension) {
        JsonObject table = published.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("dimension").equals(dimension)).findFirst().orElseThrow();
        return table.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("key") + "=" + (c.getBoolean("suppressed") ? "withheld" : c.get("count").toString()))
                .toList();
    }

    /** A day of 2022 on which no request was received yet, so its counts are exactly the ones seeded. */
    private static LocalDate emptyDay() {
        LocalDate day = LocalDate.of(2022, 1, 3).plusDays(Math.floorMod(tag.hashCode(), 300));
        for (int tries = 0; tries < 60; tries++, day = day.plusDays(1)) {
            JsonObject stats = report("api/v1/reports/statistics?from=" + day + "&to=" + day);
            if (stats.getJsonNumber("total").longValue() == 0) {
                return day;
            }
        }
        throw new IllegalStateException("No empty day found in 2022");
    }
}
