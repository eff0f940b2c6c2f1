package org.welcomingcity.report.control;

/**
 * Which requests each report is about, as SQL conditions on federal_request r, kept in one place.
 * Legal must confirm these readings (brief sections 2c and 4).
 */
final class ReportScope {

    /**
     * Detainers and administrative warrants; CPD's definition of an administrative warrant
     * includes every hit in NCIC's Immigration Violator File. These are the civil immigration
     * warrants of TRUST Act section 25 too.
     */
    static final String CIVIL_TYPES = "('DETAINER', 'ADMINISTRATIVE_WARRANT', 'NCIC_IMMIGRATION_HIT')";

    /**
     * A request with such a document, first or further: a detainer that came with a judicial
     * warrant is counted as the detainer it is.
     */
    static final String CIVIL_WARRANT = "(r.document_type IN " + CIVIL_TYPES + " OR EXISTS (SELECT 1 FROM"
            + " request_document d WHERE d.request_id = r.id AND d.document_type IN " + CIVIL_TYPES + "))";

    /** The civil document's type: the first document's when it is one, else the first further one that is. */
    static final String CIVIL_DOCUMENT_TYPE = "CASE WHEN r.document_type IN " + CIVIL_TYPES + " THEN r.document_type"
            + " ELSE (SELECT MIN(d.document_type) FROM request_document d WHERE d.request_id = r.id AND d.document_type"
            + " IN " + CIVIL_TYPES + ") END";

    /**
     * Requests for assistance with civil immigration enforcement: a civil document, or a purpose not
     * shown to be criminal. A public-records (FOIA) request asks for no assistance: it is not one.
     */
    static final String CIVIL_ENFORCEMENT = "(r.purpose IN ('CIVIL_IMMIGRATION', 'UNKNOWN') OR " + CIVIL_WARRANT
            + ") AND r.document_type <> 'FOIA_REQUEST'";

    /** Requests from DHS or its components (ICE, CBP, USCIS and others). */
    static final String DHS = "r.agency IN ('ICE', 'CBP', 'USCIS', 'DHS_OTHER')";

    /** The period, by the day received in city time; binds the first and last day. */
    static final String IN_PERIOD = "r.event_date BETWEEN ? AND ?";

    private ReportScope() {
    }
}
