package org.welcomingcity.audit.entity;

/** How the recorded action ended. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
