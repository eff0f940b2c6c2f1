package org.welcomingcity.ordinance.entity;

/** The purpose the agency states. The packs treat UNKNOWN as civil until it is established. */
public enum Purpose {
    CIVIL_IMMIGRATION,
    CRIMINAL,
    UNKNOWN
}
