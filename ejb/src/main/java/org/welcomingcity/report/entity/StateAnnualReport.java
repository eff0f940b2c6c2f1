package org.welcomingcity.report.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The annual report to the Illinois Attorney General (TRUST Act section 25): (a)(1) every request
 * from DHS or ICE to assist with civil immigration enforcement and how it was handled, and (a)(2)
 * every detainer and civil immigration warrant with the custody facts. No names and nothing that
 * identifies anyone: no record numbers, no agents, no event numbers. Each list that is empty has its
 * own "none received" certification; the other is null.
 */
public record StateAnnualReport(ReportPeriod period, List<HandledRequest> requests, List<WarrantCustody> warrants,
        String requestsCertification, String warrantsCertification, Provenance provenance) {

    public StateAnnualReport {
        requests = List.copyOf(requests);
        warrants = List.copyOf(warrants);
    }

    /**
     * One DHS/ICE request to assist with civil enforcement: when, from whom, what it was, what the
     * law said, how it was handled, and each ask's own answer.
     */
    public record HandledRequest(LocalDate received, String agency, String documentType, String outcome,
            String handling, List<AskAnswer> answers) {

        public HandledRequest {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** One detainer or civil immigration warrant and what happened to the person. */
    public record WarrantCustody(OffsetDateTime receivedAt, String documentType, OffsetDateTime bailPostedAt,
            String disposition, OffsetDateTime dispositionAt, String receivingAgency) {
    }
}
