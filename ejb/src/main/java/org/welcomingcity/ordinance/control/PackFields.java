package org.welcomingcity.ordinance.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One JSON object of a pack, read field by field. Every complaint names the file, the rule
 * (when inside one) and the field, with a prefix for nested objects ("conditions.actions").
 */
final class PackFields {

    private final JsonObject json;
    private final String source;
    private final String rule;
    private final String prefix;

    PackFields(JsonObject json, String source, String rule, String prefix) {
        this.json = json;
        this.source = source;
        this.rule = rule;
        this.prefix = prefix;
    }

    /** Unknown keys are typos or unsupported features: either way the pack would not mean what it says. */
    PackFields allowOnly(Set<String> keys) {
        TreeSet<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(keys);
        if (!unknown.isEmpty()) {
            throw error(unknown.first(), "unknown field (allowed: " + String.join(", ", new TreeSet<>(keys)) + ")");
        }
        return this;
    }

    boolean has(String key) {
        return json.containsKey(key) && json.get(key).getValueType() != JsonValue.ValueType.NULL;
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> error(key, "missing"));
    }

    Optional<String> optionalText(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        if (!(json.get(key) instanceof JsonString value)) {
            throw error(key, "expected a string, found " + json.get(key));
        }
        if (value.getString().isBlank()) {
            throw error(key, "is blank");
        }
        return Optional.of(value.getString().strip());
    }

    LocalDate date(String key) {
        return optionalDate(key).orElseThrow(() -> error(key, "missing"));
    }

    Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(key, "'" + text + "' is not an ISO date (yyyy-mm-dd)");
            }
        });
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        return parse(key, text(key), type);
    }

    /** An optional list of enum values; when present it may be neither empty nor repetitive. */
    <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (!has(key)) {
            return values;
        }
        List<JsonValue> items = array(key);
        if (items.isEmpty()) {
            throw error(key, "empty list (leave the field out to match any value)");
        }
        for (JsonValue item : items) {
            if (!(item instanceof JsonString text)) {
                throw error(key, "expected a list of strings, found " + item);
            }
            if (!values.add(parse(key, text.getString(), type))) {
                throw error(key, "'" + text.getString() + "' is listed twice");
            }
        }
        return values;
    }

    PackFields object(String key, String rule) {
        if (!has(key)) {
            throw error(key, "missing");
        }
        if (!(json.get(key) instanceof JsonObject nested)) {
            throw error(key, "expected an object, found " + json.get(key));
        }
        return new PackFields(nested, source, rule, name(key) + ".");
    }

    List<JsonValue> array(String key) {
        if (!has(key)) {
            throw error(key, "missing");
        }
        if (!(json.get(key) instanceof JsonArray items)) {
            throw error(key, "expected a list, found " + json.get(key));
        }
        return items;
    }

    InvalidRulePackException error(String key, String problem) {
        return new InvalidRulePackException(source, rule, name(key), problem);
    }

    private String name(String key) {
        return prefix + key;
    }

    private <E extends Enum<E>> E parse(String key, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw error(key, "unknown value '" + text + "' (expected one of " + expected + ")");
        }
    }
}
