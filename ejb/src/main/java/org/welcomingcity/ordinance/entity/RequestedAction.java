package org.welcomingcity.ordinance.entity;

/** What the agency asks the police to do: one ask per evaluation. */
public enum RequestedAction {
    DETAIN,
    NOTIFY_RELEASE,
    DISCLOSE_STATUS,
    DISCLOSE_CUSTODY_STATUS,
    DISCLOSE_RELEASE_DATE,
    DISCLOSE_CONTACT_INFO,
    ACCESS_PERSON,
    USE_FACILITY,
    OPERATIONAL_SUPPORT,
    TRANSFER_CUSTODY,
    DATABASE_ACCESS,
    ENFORCEMENT_AGREEMENT,
    EXECUTE_WARRANT,
    CONFIRM_CIVIL_OR_CRIMINAL,
    INQUIRE_STATUS
}
