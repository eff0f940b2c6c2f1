package org.welcomingcity.request.entity;


/** The federal agency that asks; its component (ERO, HSI, …) is recorded as text beside it. */
public enum Agency {
    ICE, CBP, USCIS, DHS_OTHER, OTHER_FEDERAL
}
