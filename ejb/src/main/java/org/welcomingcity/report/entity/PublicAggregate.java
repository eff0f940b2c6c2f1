package org.welcomingcity.report.entity;

import java.util.List;

/**
 * Counts only, fit to publish: any count under the threshold is withheld, and where a table
 * would let a withheld count be worked out from its total, the next smallest is withheld too.
 */
public record PublicAggregate(ReportPeriod period, int threshold, Cell total, List<Table> tables,
        Provenance provenance) {

    /** The dimensions' names, as the tables carry them; the PDF knows by them which keys are codes. */
    public static final String MONTH = "Month", AGENCY = "Agency", DOCUMENT_TYPE = "Document type", ASK = "Ask",
            OUTCOME = "Outcome";

    /** One dimension (month, agency, document type, ask, outcome) and its cells. */
    public record Table(String dimension, List<Cell> cells) {
    }

    /** A count, or null when withheld. */
    public record Cell(String key, Long count, boolean suppressed) {
    }
}
