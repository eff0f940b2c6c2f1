package org.welcomingcity.web.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.report.entity.ReportPeriod;

/** Query parameters of the report API, read so that a wrong one is named in the 400 answer. */
final class Periods {

    private Periods() {
    }

    static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + ": a whole number, not '" + value + "'");
        }
    }

    /** From and to when either is given; otherwise a quarter when one is given; otherwise a year. */
    static ReportPeriod of(String year, String quarter, String from, String to, LocalDate today) {
        if (present(from) || present(to)) {
            return ReportPeriod.between(date("from", from), date("to", to));
        }
        return present(quarter) ? ReportPeriod.quarter(number("year", year), number("quarter", quarter), today)
                : ReportPeriod.year(number("year", year), today);
    }

    private static LocalDate date(String name, String value) {
        try {
            return present(value) ? LocalDate.parse(value.strip()) : null;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + ": a date such as 2023-01-31, not '" + value + "'");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
