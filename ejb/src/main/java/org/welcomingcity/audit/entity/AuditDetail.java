package org.welcomingcity.audit.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The detail of an audit event: a small JSON object of names and values, in the order given,
 * written by JSON-P, so values are escaped. Ids, states and counts only, never personal data.
 * Values keep the type they were stored with so far (some counts are strings), because auditors
 * and their tools read old and new events alike.
 */
public final class AuditDetail {

    /**
     * Looked up once: {@code Json.createValue} and its kin look the provider up on every call (a
     * class-path search) and give each call a new buffer pool.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, JsonValue> values = new LinkedHashMap<>();

    private AuditDetail() {
    }

    /** No values: <code>{}</code>, for a change that has nothing more to say than its action. */
    public static AuditDetail empty() {
        return new AuditDetail();
    }

    public static AuditDetail of(String name, String value) {
        return empty().and(name, value);
    }

    public static AuditDetail of(String name, long value) {
        return empty().and(name, value);
    }

    public static AuditDetail of(String name, boolean value) {
        return empty().and(name, value);
    }

    /** Adds a text; a null one is left out. */
    public AuditDetail and(String name, String value) {
        return value == null ? this : put(name, JSON.createValue(value));
    }

    /** Adds a text, or JSON null where the reader expects every name. */
    public AuditDetail andOrNull(String name, String value) {
        return put(name, value == null ? JsonValue.NULL : JSON.createValue(value));
    }

    public AuditDetail and(String name, long value) {
        return put(name, JSON.createValue(value));
    }

    public AuditDetail and(String name, boolean value) {
        return put(name, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** Adds an array of numbers (ids). */
    public AuditDetail and(String name, Collection<? extends Number> numbers) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        numbers.forEach(number -> array.add(number.longValue()));
        return put(name, array.build());
    }

    /** Adds an object of the map's keys and values, both as text, in the map's order. */
    public AuditDetail and(String name, Map<?, ?> entries) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        entries.forEach((key, value) -> object.add(String.valueOf(key), String.valueOf(value)));
        return put(name, object.build());
    }

    /** The JSON as stored in the event. */
    public String json() {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach(object::add);
        return object.build().toString();
    }

    @Override
    public String toString() {
        return json();
    }

    private AuditDetail put(String name, JsonValue value) {
        values.put(name, value);
        return this;
    }
}
