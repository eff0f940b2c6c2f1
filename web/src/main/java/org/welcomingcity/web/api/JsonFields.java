package org.welcomingcity.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object strictly and collects every complaint, each naming its
 * field, so a caller learns all that is wrong at once. Required-ness is the use case's
 * business; here a missing field is simply null.
 */
public final class JsonFields {

    /** The answer to anyone who sends a person's status, whatever the field is called. */
    public static final String NEVER_STATUS = "refused: the application never asks for, stores or accepts a person's "
            + "citizenship or immigration status";
    private static final Pattern STATUS_LIKE = Pattern.compile(
            "(?i).*(status|citizen|nationalit|immigra|alien|visa|passport|countryofbirth|placeofbirth|birthplace"
            + "|undocumented|greencard|permanentresiden|asylum|refugee|deport).*");

    private final JsonObject json;
    private final String prefix;
    private final List<String> complaints;

    private JsonFields(JsonObject json, String prefix, List<String> complaints) {
        this.json = json;
        this.prefix = prefix;
        this.complaints = complaints;
    }

    /** Reads a whole body: one JSON object, with only the allowed keys. */
    public static JsonFields of(String body, List<String> allowed) {
        JsonFields fields = new JsonFields(StrictJson.object(body), "", new ArrayList<>());
        fields.allowOnly(allowed);
        return fields;
    }

    /** A nested object, or null when absent; its complaints join this reader's. */
    public JsonFields object(String key, List<String> allowed) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return null;
        }
        if (!(value instanceof JsonObject nested)) {
            complain(key, "expected an object with the fields " + String.join(", ", allowed));
            return null;
        }
        JsonFields fields = new JsonFields(nested, prefix + key + ".", complaints);
        fields.allowOnly(allowed);
        return fields;
    }

    /** Whether the key is there with a value other than null. */
    public boolean has(String key) {
        return !absent(json.get(key));
    }

    /** A list of nested objects, each with only the allowed keys; empty when absent. */
    public List<JsonFields> objects(String key, List<String> allowed) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            complain(key, "expected a list of objects with the fields " + String.join(", ", allowed));
            return List.of();
        }
        List<JsonFields> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject nested) {
                JsonFields fields = new JsonFields(nested, prefix + key + "[" + i + "].", complaints);
                fields.allowOnly(allowed);
                items.add(fields);
            } else {
                complain(key + "[" + i + "]", "expected an object with the fields " + String.join(", ", allowed));
            }
        }
        return items;
    }

    /** Throws the collected complaints, if any. */
    public void done() {
        if (!complaints.isEmpty()) {
            throw new InvalidRequestException(complaints);
        }
    }

    public String text(String key) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        complain(key, "expected a string, found " + value);
        return null;
    }

    public Long number(String key) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return null;
        }
        if (value instanceof jakarta.json.JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        complain(key, "expected a whole number, found " + value);
        return null;
    }

    public Boolean flag(String key) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        complain(key, "expected true or false, found " + value);
        return null;
    }

    public LocalDate date(String key) {
        String text = text(key);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            complain(key, "'" + text + "' is not a date (expected yyyy-mm-dd, such as 2022-06-01)");
            return null;
        }
    }

    public OffsetDateTime dateTime(String key) {
        String text = text(key);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            complain(key, "'" + text + "' is not a time with offset (such as 2026-03-01T14:30:00-06:00)");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        return text == null ? null : value(key, text, type);
    }

    /** A choice that must be given: left out or null, it is a complaint that lists the choices. */
    public <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        if (absent(json.get(key))) {
            complain(key, "required (" + Choices.oneOf(type) + ")");
            return null;
        }
        return choice(key, type);
    }

    /** A list of enum values, as a set; duplicates are harmless. */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        JsonValue value = json.get(key);
        Set<E> chosen = EnumSet.noneOf(type);
        if (absent(value)) {
            return chosen;
        }
        if (!(value instanceof JsonArray array)) {
            complain(key, "expected a list of " + Choices.names(type));
            return chosen;
        }
        for (JsonValue item : array) {
            if (item instanceof JsonString string) {
                E one = value(key, string.getString(), type);
                if (one != null) {
                    chosen.add(one);
                }
            } else {
                complain(key, "expected strings (" + Choices.names(type) + "), found " + item);
            }
        }
        return chosen;
    }

    private <E extends Enum<E>> E value(String key, String text, Class<E> type) {
        E chosen = Choices.named(text, type).orElse(null);
        if (chosen == null) {
            complain(key, Choices.unknown(text, type));
        }
        return chosen;
    }

    /** Whether a field name is about a person's status, whatever the caller calls it. */
    public static boolean statusLike(String key) {
        return STATUS_LIKE.matcher(key).matches();
    }

    private void allowOnly(List<String> allowed) {
        for (String key : new TreeSet<>(json.keySet())) {
            if (!allowed.contains(key)) {
                complain(key, statusLike(key) ? NEVER_STATUS
                        : "unknown field (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private void complain(String key, String problem) {
        complaints.add(prefix + key + ": " + problem);
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
