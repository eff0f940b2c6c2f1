package org.welcomingcity.review.entity;

/** What happened to the person after the request: the facts the TRUST Act report asks for, nothing more. */
public enum Disposition {
    RELEASED,
    TRANSFERRED,
    REMAINED_IN_CUSTODY
}
