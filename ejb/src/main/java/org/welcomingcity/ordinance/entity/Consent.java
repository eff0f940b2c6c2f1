package org.welcomingcity.ordinance.entity;

/**
 * Written authorization to share status information, by the person or by a parent or guardian
 * (for a minor or a person not legally competent). It unlocks status disclosure only.
 */
public enum Consent {
    NONE,
    SUBJECT_WRITTEN,
    GUARDIAN_WRITTEN
}
