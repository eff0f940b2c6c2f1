package org.welcomingcity.request.entity;

/**
 * The size of each text column of a request ({@code federal_request}, {@code request_document}),
 * defined once: the entities map their columns with it and the inputs' constraints allow no more.
 * {@code ColumnSizesTest} holds each to its migration.
 */
public final class RequestColumns {

    public static final int EVENT_NUMBER = 32;
    public static final int OEMC_NUMBER = 32;
    public static final int AGENCY_COMPONENT = 64;
    public static final int AGENT_NAME = 128;
    public static final int AGENT_BADGE = 64;
    public static final int AGENT_CONTACT = 128;
    public static final int FORM_NUMBER = 32;
    public static final int SIGNER_TITLE = 128;
    public static final int SUBJECT_REFERENCE = 32;
    public static final int STATED_PURPOSE = 1000;
    public static final int CONSENT_SIGNER = 128;
    public static final int CONSENT_RELATIONSHIP = 64;
    public static final int CONSENT_LANGUAGE = 64;
    public static final int CONSENT_INTERPRETER = 128;
    public static final int CONSENT_FORM_VERSION = 16;
    /** The court's case number legal or a supervisor records from a judicial document. */
    public static final int CASE_NUMBER = 64;
    /** The latest written reason, and each step's note on the timeline. */
    public static final int REASON = 4000;
    /** A person's user name (who submitted, reviewed, signed, acted), as in the accounts. */
    public static final int USER_NAME = 64;
    /** The submitter's unit, as in the accounts. */
    public static final int UNIT = 64;

    private RequestColumns() {
    }
}
