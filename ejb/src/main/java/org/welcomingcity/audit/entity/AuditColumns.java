package org.welcomingcity.audit.entity;

/**
 * The size of each text column of an auditor's review, defined once for the entity and the input.
 * {@code ColumnSizesTest} holds each to its migration.
 */
public final class AuditColumns {

    public static final int REVIEWER = 64;
    public static final int REVIEWED_HASH = 64;
    public static final int FINDINGS = 4000;

    private AuditColumns() {
    }
}
