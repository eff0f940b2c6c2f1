package org.welcomingcity.web.report;

import java.util.Locale;
import org.welcomingcity.report.entity.ReportPeriod;

/**
 * The file a report is handed out as, the same from its page and from the API: the report's name
 * and the period it covers, as in {@code city-quarterly-2026-q3.pdf} or
 * {@code statistics-2026-01-01-to-2026-03-31.csv}.
 */
enum ReportFile {
    CITY_QUARTERLY("city-quarterly"),
    STATE_ANNUAL("state-annual"),
    STATISTICS("statistics"),
    PUBLIC_AGGREGATE("public-aggregate");

    private final String report;

    ReportFile(String report) {
        this.report = report;
    }

    String csv(ReportPeriod period) {
        return stem(period) + ".csv";
    }

    String pdf(ReportPeriod period) {
        return stem(period) + ".pdf";
    }

    /**
     * The file's name without its extension: the report's, a hyphen, and the period's label in
     * lower case with a hyphen for each run of anything but letters and digits.
     */
    private String stem(ReportPeriod period) {
        return report + "-" + period.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
