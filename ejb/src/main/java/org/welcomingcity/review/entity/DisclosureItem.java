package org.welcomingcity.review.entity;

/**
 * What may be released once legal approves, item by item, so an approval names the minimum
 * the order or consent requires. A person's immigration status is not an item: the
 * department does not hold it.
 */
public enum DisclosureItem {
    CUSTODY_STATUS,
    RELEASE_DATE,
    COURT_DATE,
    CONTACT_INFORMATION,
    BOOKING_RECORD,
    ARREST_REPORT,
    RECORDS_NAMED_IN_ORDER,
    INFORMATION_COVERED_BY_CONSENT;

    /** Written consent unlocks only the information it covers, never custody, dates or contact details. */
    public boolean unlockedByConsent() {
        return this == INFORMATION_COVERED_BY_CONSENT;
    }
}
