package org.welcomingcity.web.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.web.api.InvalidRequestException;
import org.welcomingcity.web.api.StrictJson;

/**
 * An account request body, read strictly: unknown fields, wrong types and missing fields are
 * all refused together (400, through {@link InvalidRequestException}), each complaint naming its field. Reading a field that is
 * absent or JSON null gives null.
 */
final class AccountFields {

    private static final String ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    private final JsonObject json;
    private final List<String> complaints = new ArrayList<>();

    private AccountFields(JsonObject json, List<String> allowed) {
        this.json = json;
        for (String key : new TreeSet<>(json.keySet())) {
            if (!allowed.contains(key)) {
                complaints.add(key + ": unknown field (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The body, which may name only the allowed fields; an empty body counts as {} when {@code optional}. */
    static AccountFields read(String body, boolean optional, String... allowed) {
        JsonObject json = optional && (body == null || body.isBlank()) ? JsonValue.EMPTY_JSON_OBJECT
                : StrictJson.object(body);
        return new AccountFields(json, List.of(allowed));
    }

    String text(String key, boolean required) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            if (required) {
                complaints.add(key + ": required");
            }
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        complaints.add(key + ": expected a string, found " + value);
        return null;
    }

    /** A required, non-empty list of role names. */
    Set<Role> roles(String key) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            complaints.add(key + ": required, a non-empty list of role names (" + ROLES + ")");
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonValue item : list) {
            try {
                roles.add(Role.valueOf(((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                complaints.add(key + ": unknown role " + item + " (expected " + ROLES + ")");
            }
        }
        return roles;
    }

    /** The account version the caller last saw, if it sends one. */
    Long version() {
        JsonValue value = json.get("version");
        if (absent(value)) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0) {
            return number.longValue();
        }
        complaints.add("version: expected the account's version, a whole number, found " + value);
        return null;
    }

    /** Ends the reading: refuses the body if anything was wrong with it. */
    void check() {
        if (!complaints.isEmpty()) {
            throw new InvalidRequestException(complaints);
        }
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
