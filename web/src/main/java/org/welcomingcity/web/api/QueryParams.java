package org.welcomingcity.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.welcomingcity.problem.InvalidInputException;

/** Query parameters read the same way by every resource: blank is absent, a bad value is a 400 naming it. */
public final class QueryParams {

    private QueryParams() {
    }

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A whole number, or null when absent. */
    public static Integer number(String name, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "a whole number, not '" + value + "'");
        }
    }

    /** A whole number, or {@code otherwise} when absent. */
    public static int number(String name, String value, int otherwise) {
        Integer number = number(name, value);
        return number == null ? otherwise : number;
    }

    public static LocalDate date(String name, String value) {
        try {
            return present(value) ? LocalDate.parse(value.strip()) : null;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "a date such as 2026-01-31, not '" + value + "'");
        }
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (!present(value)) {
            return null;
        }
        return Choices.named(value.strip(), type)
                .orElseThrow(() -> new InvalidInputException(name, Choices.unknown(value, type)));
    }
}
