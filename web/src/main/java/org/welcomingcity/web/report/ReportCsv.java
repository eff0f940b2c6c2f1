package org.welcomingcity.web.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;
import org.welcomingcity.web.csv.CsvSheet;

/**
 * The reports as CSV (RFC 4180): first the report's description and provenance as name,value
 * rows, then each table with its own header row, separated by an empty line. Names and headers
 * are written for the people who open the sheet; the values are the API's data (codes, ISO 8601
 * times), so that a sheet can be checked against the JSON. Cells are defused against spreadsheet
 * formulas the same way as every other export.
 */
public final class ReportCsv {

    private final CsvSheet sheet = new CsvSheet();

    private ReportCsv(String report, String period, Provenance provenance) {
        row("Report", report);
        row("Period", period);
        row("City", provenance.city());
        row("Produced at", provenance.producedAt().toString());
        row("Produced by", provenance.producedBy());
        provenance.packs().forEach(pack -> row("Rule pack in force", pack.describe()));
        row("Audit event recording it", String.valueOf(provenance.auditSequence()));
        row("Audit chain hash at that event", provenance.auditHash());
    }

    public static String city(CityQuarterlyReport r) {
        ReportCsv csv = new ReportCsv("city-quarterly (MCC 2-173-069)", r.period().label(), r.provenance());
        csv.table("Received (day),Event number,OEMC number,Agency,Document,Outcome under the law,Where it stands,Answer per ask", r.requests().stream()
                .map(q -> List.of(q.received().toString(), q.eventNumber(), q.oemcNumber(), q.agency(),
                        q.documentType(), q.outcome(), q.state(), AskAnswer.line(q.answers()))));
        csv.table("Received (day),OEMC number,Document,Transferred,Receiving agency", r.warrants().stream()
                .map(w -> List.of(w.received().toString(), w.oemcNumber(), w.documentType(),
                        w.transferred() ? "yes" : "no", Objects.requireNonNullElse(w.receivingAgency(), ""))));
        return csv.text();
    }

    public static String state(StateAnnualReport r) {
        ReportCsv csv = new ReportCsv("state-annual (TRUST Act section 25)", r.period().label(), r.provenance());
        if (r.requestsCertification() != null) {
            csv.row("Certification, 25(a)(1)", r.requestsCertification());
        }
        if (r.warrantsCertification() != null) {
            csv.row("Certification, 25(a)(2)", r.warrantsCertification());
        }
        csv.table("Received (day),Agency,Document,Outcome under the law,Handled,Answer per ask", r.requests().stream()
                .map(q -> List.of(q.received().toString(), q.agency(), q.documentType(), q.outcome(), q.handling(),
                        AskAnswer.line(q.answers()))));
        csv.table("Received,Document,Bail posted,Released or transferred,When,Receiving agency",
                r.warrants().stream().map(w -> List.of(time(w.receivedAt()), w.documentType(), time(w.bailPostedAt()),
                        Objects.requireNonNullElse(w.disposition(), ""), time(w.dispositionAt()),
                        Objects.requireNonNullElse(w.receivingAgency(), ""))));
        return csv.text();
    }

    public static String statistics(Statistics s) {
        ReportCsv csv = new ReportCsv("statistics", s.period().label(), s.provenance());
        csv.row("Requests received", String.valueOf(s.total()));
        csv.row("Supervisor decisions", String.valueOf(s.supervisorDecisions()));
        csv.row("Median hours to the supervisor's decision", s.medianHoursToSupervisor() == null ? "" : s.medianHoursToSupervisor().toString());
        csv.row("Legal sign-offs", String.valueOf(s.legalSignOffs()));
        csv.row("Median hours to legal's sign-off", s.medianHoursToLegal() == null ? "" : s.medianHoursToLegal().toString());
        csv.row("Supervisor decisions made late", String.valueOf(s.supervisorLate()));
        csv.row("Waiting for a supervisor past the deadline now", String.valueOf(s.supervisorOverdue()));
        csv.row("Waiting for legal past the deadline now", String.valueOf(s.legalOverdue()));
        csv.counts("Month", s.byMonth());
        csv.counts("Agency", s.byAgency());
        csv.counts("Document", s.byDocumentType());
        csv.counts("Ask", s.byAsk());
        csv.counts("Ask and answer", s.byAnswer());
        csv.counts("Outcome under the law", s.byOutcome());
        return csv.text();
    }

    public static String publicAggregate(PublicAggregate p) {
        ReportCsv csv = new ReportCsv("public-aggregate", p.period().label(), p.provenance());
        csv.row("Counts withheld below", String.valueOf(p.threshold()));
        csv.row("Requests received", shown(p.total(), p.threshold()));
        for (PublicAggregate.Table table : p.tables()) {
            csv.table(List.of(table.dimension(), "Requests"), table.cells().stream()
                    .map(cell -> List.of(cell.key(), shown(cell, p.threshold()))));
        }
        return csv.text();
    }

    static String shown(PublicAggregate.Cell cell, int threshold) {
        return cell.suppressed() ? "<" + threshold : String.valueOf(cell.count());
    }

    private void counts(String dimension, List<Count> counts) {
        table(List.of(dimension, "Requests"), counts.stream().map(c -> List.of(c.key(), String.valueOf(c.count()))));
    }

    private void row(String name, String value) {
        sheet.row(name, value);
    }

    private void table(String header, Stream<List<String>> rows) {
        table(List.of(header.split(",")), rows);
    }

    private void table(List<String> header, Stream<List<String>> rows) {
        sheet.emptyLine().row(header);
        rows.forEach(sheet::row);
    }

    private String text() {
        return sheet.text();
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }
}
