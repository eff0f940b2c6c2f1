package org.welcomingcity.web.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the API reads a choice (an enum constant) from a body or a query, and what it answers
 * when the value names none: the same words wherever the value came from, listing what is
 * accepted, so the caller can correct it.
 */
public final class Choices {

    private Choices() {
    }

    /** The constant of that exact name (case counts: the API's codes are upper case), or none. */
    public static <E extends Enum<E>> Optional<E> named(String text, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst();
    }

    /** The refusal of a value that names no constant: {@code unknown value 'x' (expected one of A, B)}. */
    public static String unknown(String text, Class<? extends Enum<?>> type) {
        return "unknown value '" + text + "' (expected " + oneOf(type) + ")";
    }

    /** {@code one of A, B, C}: every constant, in declaration order. */
    public static String oneOf(Class<? extends Enum<?>> type) {
        return "one of " + names(type);
    }

    /** {@code A, B, C}. */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
