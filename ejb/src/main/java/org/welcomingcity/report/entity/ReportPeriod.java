package org.welcomingcity.report.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.welcomingcity.problem.InvalidInputException;

/**
 * The days a report covers, both inclusive, by the day a request was received (city time).
 * Built from a year, a quarter or two dates; a wrong one names the parameter at fault.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    public static final int FIRST_YEAR = 2000;
    /** Longest period for statistics: ten years keeps every query within its budget. */
    static final long MAX_DAYS = 3660;

    public static ReportPeriod quarter(Integer year, Integer quarter, LocalDate today) {
        year(year, today);
        if (quarter == null || quarter < 1 || quarter > 4) {
            throw new InvalidInputException("quarter", "1, 2, 3 or 4" + (quarter == null ? " is required" : ", not " + quarter));
        }
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1), year + " Q" + quarter);
    }

    public static ReportPeriod year(Integer year, LocalDate today) {
        if (year == null || year < FIRST_YEAR || year > today.getYear()) {
            throw new InvalidInputException("year", "a year from " + FIRST_YEAR + " to " + today.getYear()
                    + (year == null ? " is required" : ", not " + year));
        }
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
    }

    public static ReportPeriod between(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "required with the other date");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "on or after from (" + from + "), not " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "at most ten years after from");
        }
        return new ReportPeriod(from, to, from + " to " + to);
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
