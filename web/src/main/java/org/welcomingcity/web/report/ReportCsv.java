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
 * rows, then each table with its own header row, separated by an empty line. Cells are defused
 * against spreadsheet formulas the same way as every other export.
 */
public final class ReportCsv {

    private final CsvSheet sheet = new CsvSheet();

    private ReportCsv(String report, String period, Provenance provenance) {
        row("report", report);
        row("period", period);
        row("city", provenance.city());
        row("produced_at", provenance.producedAt().toString());
        row("produced_by", provenance.producedBy());
        provenance.packs().forEach(pack -> row("rule_pack", pack.describe()));
        row("audit_sequence", String.valueOf(provenance.auditSequence()));
        row("audit_hash", provenance.auditHash());
    }

    public static String city(CityQuarterlyReport r) {
        ReportCsv csv = new ReportCsv("city-quarterly (MCC 2-173-069)", r.period().label(), r.provenance());
        csv.table("received,event_number,oemc_number,agency,document_type,outcome,state,answers", r.requests().stream()
                .map(q -> List.of(q.received().toString(), q.eventNumber(), q.oemcNumber(), q.agency(),
                        q.documentType(), q.outcome(), q.state(), AskAnswer.line(q.answers()))));
        csv.table("received,oemc_number,document_type,transferred,receiving_agency", r.warrants().stream()
                .map(w -> List.of(w.received().toString(), w.oemcNumber(), w.documentType(),
                        w.transferred() ? "yes" : "no", Objects.requireNonNullElse(w.receivingAgency(), ""))));
        return csv.text();
    }

    public static String state(StateAnnualReport r) {
        ReportCsv csv = new ReportCsv("state-annual (TRUST Act section 25)", r.period().label(), r.provenance());
        if (r.requestsCertification() != null) {
            csv.row("certification_25a1", r.requestsCertification());
        }
        if (r.warrantsCertification() != null) {
            csv.row("certification_25a2", r.warrantsCertification());
        }
        csv.table("received,agency,document_type,outcome,handled,answers", r.requests().stream()
                .map(q -> List.of(q.received().toString(), q.agency(), q.documentType(), q.outcome(), q.handling(),
                        AskAnswer.line(q.answers()))));
        csv.table("received_at,document_type,bail_posted_at,disposition,disposition_at,receiving_agency",
                r.warrants().stream().map(w -> List.of(time(w.receivedAt()), w.documentType(), time(w.bailPostedAt()),
                        Objects.requireNonNullElse(w.disposition(), ""), time(w.dispositionAt()),
                        Objects.requireNonNullElse(w.receivingAgency(), ""))));
        return csv.text();
    }

    public static String statistics(Statistics s) {
        ReportCsv csv = new ReportCsv("statistics", s.period().label(), s.provenance());
        csv.row("requests", String.valueOf(s.total()));
        csv.row("supervisor_decisions", String.valueOf(s.supervisorDecisions()));
        csv.row("median_hours_to_supervisor", s.medianHoursToSupervisor() == null ? "" : s.medianHoursToSupervisor().toString());
        csv.row("legal_sign_offs", String.valueOf(s.legalSignOffs()));
        csv.row("median_hours_to_legal", s.medianHoursToLegal() == null ? "" : s.medianHoursToLegal().toString());
        csv.row("supervisor_decided_late", String.valueOf(s.supervisorLate()));
        csv.row("supervisor_overdue_now", String.valueOf(s.supervisorOverdue()));
        csv.row("legal_overdue_now", String.valueOf(s.legalOverdue()));
        csv.counts("month", s.byMonth());
        csv.counts("agency", s.byAgency());
        csv.counts("document_type", s.byDocumentType());
        csv.counts("ask", s.byAsk());
        csv.counts("answer", s.byAnswer());
        csv.counts("outcome", s.byOutcome());
        return csv.text();
    }

    public static String publicAggregate(PublicAggregate p) {
        ReportCsv csv = new ReportCsv("public-aggregate", p.period().label(), p.provenance());
        csv.row("suppression_threshold", String.valueOf(p.threshold()));
        csv.row("requests", shown(p.total(), p.threshold()));
        for (PublicAggregate.Table table : p.tables()) {
            csv.table(List.of(table.dimension(), "requests"), table.cells().stream()
                    .map(cell -> List.of(cell.key(), shown(cell, p.threshold()))));
        }
        return csv.text();
    }

    static String shown(PublicAggregate.Cell cell, int threshold) {
        return cell.suppressed() ? "<" + threshold : String.valueOf(cell.count());
    }

    private void counts(String dimension, List<Count> counts) {
        table(List.of(dimension, "requests"), counts.stream().map(c -> List.of(c.key(), String.valueOf(c.count()))));
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
