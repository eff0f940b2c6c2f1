package org.welcomingcity.report.entity;

import java.util.List;

/**
 * The quarterly report to the Mayor's Office and the Inspector General (MCC 2-173-069): the
 * requests for assistance with civil immigration enforcement with their OEMC numbers, and every
 * detainer or administrative warrant with the day received, whether the person was transferred
 * and to which agency.
 */
public record CityQuarterlyReport(ReportPeriod period, List<CivilRequest> requests, List<WarrantTransfer> warrants,
        Provenance provenance) {

    public CityQuarterlyReport {
        requests = List.copyOf(requests);
        warrants = List.copyOf(warrants);
    }

    /** One request for assistance with civil immigration enforcement, with each ask's own answer. */
    public record CivilRequest(java.time.LocalDate received, String eventNumber, String oemcNumber, String agency,
            String documentType, String outcome, String state, List<AskAnswer> answers) {

        public CivilRequest {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** One detainer or administrative warrant (NCIC immigration hits included) and whether the person was transferred. */
    public record WarrantTransfer(java.time.LocalDate received, String oemcNumber, String documentType,
            boolean transferred, String receivingAgency) {
    }
}
