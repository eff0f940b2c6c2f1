package org.welcomingcity.report.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.report.boundary.ReportWords.Kind;
import org.welcomingcity.report.control.ReportPdf;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.PackInForce;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;

/**
 * The reports as PDF documents, each closing with its provenance; times in the city's zone, codes
 * in words. Serializable, as the report pages that hold it are kept between requests.
 */
public final class ReportPdfs implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The public aggregate's dimensions whose keys are codes. */
    private static final Map<String, Kind> DIMENSIONS = Map.of(PublicAggregate.AGENCY, Kind.AGENCY,
            PublicAggregate.DOCUMENT_TYPE, Kind.DOCUMENT_TYPE, PublicAggregate.ASK, Kind.ASK, PublicAggregate.OUTCOME,
            Kind.OUTCOME);

    private final ZoneId zone;
    private final ReportWords words;

    private ReportPdfs(ZoneId zone, ReportWords words) {
        this.zone = zone;
        this.words = words;
    }

    /** The PDFs with times shown in the city's zone {@code zone} and codes in {@code words}. */
    public static ReportPdfs of(ZoneId zone, ReportWords words) {
        return new ReportPdfs(zone, words);
    }

    public byte[] city(CityQuarterlyReport report) {
        ReportPdf pdf = new ReportPdf(report.provenance().city() + ": quarterly report, " + report.period().label())
                .paragraph("Municipal Code of Chicago 2-173-069. Period: " + report.period().from() + " to "
                        + report.period().to() + " (day received).")
                .heading("Requests for assistance with civil immigration enforcement: " + report.requests().size());
        if (!report.requests().isEmpty()) {
            pdf.table(List.of("Received", "Event number", "OEMC number", "Agency", "Document", "Outcome", "State",
                    "Answer per ask"), new float[] {.09f, .11f, .12f, .07f, .14f, .09f, .13f, .25f},
                    report.requests().stream().map(r -> List.of(r.received().toString(), r.eventNumber(), r.oemcNumber(),
                            words.of(Kind.AGENCY, r.agency()), words.of(Kind.DOCUMENT_TYPE, r.documentType()),
                            words.of(Kind.OUTCOME, r.outcome()), words.of(Kind.STATE, r.state()),
                            words.answers(r.answers()))).toList());
        }
        pdf.heading("Detainers and administrative warrants: " + report.warrants().size());
        if (!report.warrants().isEmpty()) {
            pdf.table(List.of("Received", "OEMC number", "Document", "Transferred", "Receiving agency"),
                    new float[] {.14f, .2f, .24f, .12f, .3f}, report.warrants().stream().map(w -> List.of(
                            w.received().toString(), w.oemcNumber(), words.of(Kind.DOCUMENT_TYPE, w.documentType()),
                            w.transferred() ? "yes" : "no",
                            Objects.requireNonNullElse(w.receivingAgency(), ""))).toList());
        }
        return provenance(pdf, report.provenance()).render();
    }

    public byte[] state(StateAnnualReport report) {
        ReportPdf pdf = new ReportPdf(report.provenance().city() + ": annual report under the TRUST Act, "
                + report.period().label())
                .paragraph("Illinois TRUST Act (5 ILCS 805) section 25, to the Attorney General. No names or"
                        + " identifying data are included.");
        pdf.heading("Requests from DHS and ICE to assist with civil immigration enforcement, and how each was"
                + " handled (25(a)(1)): " + report.requests().size());
        if (report.requestsCertification() != null) {
            pdf.paragraph("Certification: " + report.requestsCertification());
        }
        if (!report.requests().isEmpty()) {
            pdf.table(List.of("Received", "Agency", "Document", "Outcome under the law", "Handled", "Answer per ask"),
                    new float[] {.11f, .09f, .17f, .14f, .17f, .32f}, report.requests().stream().map(r -> List.of(
                            r.received().toString(), words.of(Kind.AGENCY, r.agency()),
                            words.of(Kind.DOCUMENT_TYPE, r.documentType()), words.of(Kind.OUTCOME, r.outcome()),
                            words.of(Kind.STATE, r.handling()), words.answers(r.answers()))).toList());
        }
        pdf.heading("Detainers and civil immigration warrants (25(a)(2)): " + report.warrants().size());
        if (report.warrantsCertification() != null) {
            pdf.paragraph("Certification: " + report.warrantsCertification());
        }
        if (!report.warrants().isEmpty()) {
            pdf.table(List.of("Received", "Document", "Bail posted", "Released or transferred", "When",
                    "Receiving agency"), new float[] {.17f, .18f, .17f, .14f, .17f, .17f},
                    report.warrants().stream().map(w -> List.of(time(w.receivedAt()),
                            words.of(Kind.DOCUMENT_TYPE, w.documentType()), time(w.bailPostedAt()),
                            w.disposition() == null ? "not recorded" : words.of(Kind.DISPOSITION, w.disposition()),
                            time(w.dispositionAt()), Objects.requireNonNullElse(w.receivingAgency(), ""))).toList());
        }
        return provenance(pdf, report.provenance()).render();
    }

    public byte[] statistics(Statistics s) {
        ReportPdf pdf = new ReportPdf(s.provenance().city() + ": request statistics, " + s.period().label())
                .paragraph("Requests received: " + s.total() + ". Supervisor decisions: " + s.supervisorDecisions()
                        + ", median " + hours(s.medianHoursToSupervisor()) + "; decided late: " + s.supervisorLate()
                        + "; waiting past the deadline now: " + s.supervisorOverdue() + ".")
                .paragraph("Legal sign-offs: " + s.legalSignOffs() + ", median " + hours(s.medianHoursToLegal())
                        + "; waiting past the deadline now: " + s.legalOverdue() + ".");
        counts(pdf, "By month", s.byMonth(), month -> month);
        counts(pdf, "By agency", s.byAgency(), code -> words.of(Kind.AGENCY, code));
        counts(pdf, "By document type", s.byDocumentType(), code -> words.of(Kind.DOCUMENT_TYPE, code));
        counts(pdf, "By ask", s.byAsk(), code -> words.of(Kind.ASK, code));
        counts(pdf, "By ask and answer", s.byAnswer(), words::askAndAnswer);
        counts(pdf, "By outcome", s.byOutcome(), code -> words.of(Kind.OUTCOME, code));
        return provenance(pdf, s.provenance()).render();
    }

    public byte[] publicAggregate(PublicAggregate aggregate) {
        ReportPdf pdf = new ReportPdf(aggregate.provenance().city() + ": federal immigration requests, "
                + aggregate.period().label())
                .paragraph("Counts only. Counts from 1 to " + (aggregate.threshold() - 1) + " are withheld (shown as"
                        + " \"fewer than " + aggregate.threshold() + "\"), with the next smallest where a total"
                        + " would reveal them.")
                .paragraph("Requests received: " + cell(aggregate.total(), aggregate.threshold()));
        for (PublicAggregate.Table table : aggregate.tables()) {
            Kind kind = DIMENSIONS.get(table.dimension());
            pdf.heading(table.dimension()).table(List.of(table.dimension(), "Requests"), new float[] {.5f, .5f},
                    table.cells().stream().map(c -> List.of(kind == null ? c.key() : words.of(kind, c.key()),
                            cell(c, aggregate.threshold()))).toList());
        }
        return provenance(pdf, aggregate.provenance()).render();
    }

    static String cell(PublicAggregate.Cell cell, int threshold) {
        return cell.suppressed() ? "fewer than " + threshold : String.valueOf(cell.count());
    }

    private static void counts(ReportPdf pdf, String heading, List<Count> counts, UnaryOperator<String> label) {
        pdf.heading(heading);
        if (counts.isEmpty()) {
            pdf.paragraph("None.");
        } else {
            pdf.table(List.of(heading.substring(3), "Requests"), new float[] {.5f, .5f},
                    counts.stream().map(c -> List.of(label.apply(c.key()), String.valueOf(c.count()))).toList());
        }
    }

    private ReportPdf provenance(ReportPdf pdf, Provenance p) {
        return pdf.heading("Provenance")
                .paragraph("Produced " + time(p.producedAt()) + " by " + p.producedBy() + ".")
                .paragraph("Rule packs in force for the period: " + String.join("; ",
                        p.packs().stream().map(PackInForce::describe).toList()) + ".")
                .paragraph("Audit event " + p.auditSequence() + " records this report; its chain hash is "
                        + p.auditHash() + ".");
    }

    private String time(OffsetDateTime at) {
        return CityZone.shown(at, zone);
    }

    private static String hours(Double hours) {
        return hours == null ? "none" : hours + " hours";
    }
}
