package org.welcomingcity.request.entity;

import java.time.OffsetDateTime;

/**
 * What one run of the scan retention removed: the period in days, the moment a request must
 * have ended before, and how many requests and scans lost their bytes. With no period set
 * (0 days) nothing is removed and there is no moment.
 */
public record ScanRemoval(int retentionDays, OffsetDateTime endedBefore, int requests, int documents) {
}
