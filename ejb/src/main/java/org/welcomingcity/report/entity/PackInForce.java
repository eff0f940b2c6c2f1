package org.welcomingcity.report.entity;

import java.time.LocalDate;

/** A rule pack in force during some of a report's period: what decided the requests it lists. */
public record PackInForce(String id, String version, String title, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public String describe() {
        return id + "@" + version + " (" + effectiveFrom + " to " + (effectiveTo == null ? "today" : effectiveTo) + ")";
    }
}
