package org.welcomingcity.report.entity;

import java.util.List;

/**
 * Requests of a period counted by month, agency, document type, ask, each ask's answer
 * ("EXECUTE_WARRANT: PERMITTED") and outcome; how long
 * supervisors and legal took (medians, in hours); and how many are, or were, late.
 *
 * @param supervisorLate decided after the supervisor deadline
 * @param supervisorOverdue still waiting for a supervisor, past the deadline now
 * @param legalOverdue still waiting for legal, past the deadline now
 */
public record Statistics(ReportPeriod period, long total, List<Count> byMonth, List<Count> byAgency,
        List<Count> byDocumentType, List<Count> byAsk, List<Count> byAnswer, List<Count> byOutcome, Double medianHoursToSupervisor,
        long supervisorDecisions, Double medianHoursToLegal, long legalSignOffs, long supervisorLate,
        long supervisorOverdue, long legalOverdue, Provenance provenance) {

    public Statistics withProvenance(Provenance stated) {
        return new Statistics(period, total, byMonth, byAgency, byDocumentType, byAsk, byAnswer, byOutcome, medianHoursToSupervisor,
                supervisorDecisions, medianHoursToLegal, legalSignOffs, supervisorLate, supervisorOverdue, legalOverdue,
                stated);
    }
}
