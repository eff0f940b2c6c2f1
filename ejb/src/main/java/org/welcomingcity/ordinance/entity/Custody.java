package org.welcomingcity.ordinance.entity;

/** Who holds the person: a CPD lockup, the County jail, or nobody. */
public enum Custody {
    CPD,
    COUNTY,
    NONE
}
