package org.welcomingcity.report.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.welcomingcity.operations.CityZone;
import org.welcomingcity.report.control.ReportPdf;
import org.welcomingcity.report.entity.AskAnswer;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.PackInForce;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;

/**
 * The reports as PDF documents, each closing with its provenance; times in the city's zone.
 * Serializable, as the report pages that hold it are kept between requests.
 */
public final class ReportPdfs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ZoneId zone;

    private ReportPdfs(ZoneId zone) {
        this.zone = zone;
    }

    /** The PDFs with times shown in the city's zone {@code zone}. */
    public static ReportPdfs inZone(ZoneId zone) {
        return new ReportPdfs(zone);
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
                            r.agency(), r.documentType(), r.outcome(), r.state(), AskAnswer.line(r.answers()))).toList());
        }
        pdf.heading("Detainers and administrative warrants: " + report.warrants().size());
        if (!report.warrants().isEmpty()) {
            pdf.table(List.of("Received", "OEMC number", "Document", "Transferred", "Receiving agency"),
                    new float[] {.14f, .2f, .24f, .12f, .3f}, report.warrants().stream().map(w -> List.of(
                            w.received().toString(), w.oemcNumber(), w.documentType(), w.transferred() ? "yes" : "no",
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
                            r.received().toString(), r.agency(), r.documentType(), r.outcome(), r.handling(),
                            AskAnswer.line(r.answers()))).toList());
        }
        pdf.heading("Detainers and civil immigration warrants (25(a)(2)): " + report.warrants().size());
        if (report.warrantsCertification() != null) {
            pdf.paragraph("Certification: " + report.warrantsCertification());
        }
        if (!report.warrants().isEmpty()) {
            pdf.table(List.of("Received", "Document", "Bail posted", "Released or transferred", "When",
                    "Receiving agency"), new float[] {.17f, .18f, .17f, .14f, .17f, .17f},
                    report.warrants().stream().map(w -> List.of(time(w.receivedAt()), w.documentType(),
                            time(w.bailPostedAt()), Objects.requireNonNullElse(w.disposition(), "not recorded"),
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
        counts(pdf, "By month", s.byMonth());
        counts(pdf, "By agency", s.byAgency());
        counts(pdf, "By document type", s.byDocumentType());
        counts(pdf, "By ask", s.byAsk());
        counts(pdf, "By ask and answer", s.byAnswer());
        counts(pdf, "By outcome", s.byOutcome());
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
            pdf.heading(table.dimension()).table(List.of(table.dimension(), "Requests"), new float[] {.5f, .5f},
                    table.cells().stream().map(c -> List.of(c.key(), cell(c, aggregate.threshold()))).toList());
        }
        return provenance(pdf, aggregate.provenance()).render();
    }

    static String cell(PublicAggregate.Cell cell, int threshold) {
        return cell.suppressed() ? "fewer than " + threshold : String.valueOf(cell.count());
    }

    private static void counts(ReportPdf pdf, String heading, List<Count> counts) {
        pdf.heading(heading);
        if (counts.isEmpty()) {
            pdf.paragraph("None.");
        } else {
            pdf.table(List.of(heading.substring(3), "Requests"), new float[] {.5f, .5f},
                    counts.stream().map(c -> List.of(c.key(), String.valueOf(c.count()))).toList());
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
