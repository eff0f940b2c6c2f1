package org.welcomingcity.web.ordinance;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.SubjectHistory;
import org.welcomingcity.web.api.InvalidRequestException;
import org.welcomingcity.web.api.JsonFields;
import org.welcomingcity.web.api.StrictJson;

/**
 * Reads an evaluation request field by field. A lenient binder would drop unknown fields
 * silently, and an integrator who sends a person's status would never learn that it was not
 * (and must not be) used; here every mistake is refused, and each complaint names its field.
 */
final class EvaluationRequestParser {

    static final List<String> FIELDS = List.of("eventDate", "documentType", "action", "purpose", "consent",
            "subject", "custody");
    static final List<String> SUBJECT_FIELDS = List.of("outstandingCriminalWarrant", "felonyConviction",
            "pendingFelonyCharge", "gangDatabase");
    static final String NEVER_STATUS = JsonFields.NEVER_STATUS;

    private final List<String> complaints = new ArrayList<>();

    private EvaluationRequestParser() {
    }

    static EvaluationRequest parse(String body) {
        return new EvaluationRequestParser().read(StrictJson.object(body));
    }

    private EvaluationRequest read(JsonObject json) {
        allowOnly(json, FIELDS, "");
        EvaluationRequest request = new EvaluationRequest(date(json, "eventDate"),
                choice(json, "documentType", DocumentType.class, true), choice(json, "action", RequestedAction.class, true),
                choice(json, "purpose", Purpose.class, true), choice(json, "consent", Consent.class, false),
                subject(json), choice(json, "custody", Custody.class, false));
        if (!complaints.isEmpty()) {
            throw new InvalidRequestException(complaints);
        }
        return request;
    }

    private void allowOnly(JsonObject json, List<String> allowed, String prefix) {
        for (String key : new TreeSet<>(json.keySet())) {
            if (allowed.contains(key)) {
                continue;
            }
            complaints.add(prefix + key + ": " + (JsonFields.statusLike(key) ? NEVER_STATUS
                    : "unknown field (allowed: " + String.join(", ", allowed) + ")"));
        }
    }

    private LocalDate date(JsonObject json, String key) {
        String text = text(json, key);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            complaints.add(key + ": '" + text + "' is not a date (expected yyyy-mm-dd, such as 2022-06-01)");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(JsonObject json, String key, Class<E> type, boolean required) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String text = text(json, key);
        if (text == null) {
            if (required && absent(json.get(key))) {
                complaints.add(key + ": required (one of " + expected + ")");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            complaints.add(key + ": unknown value '" + text + "' (expected one of " + expected + ")");
            return null;
        }
    }

    /** The string value, or null when absent, JSON null or of another type (which is a complaint). */
    private String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (absent(value)) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        complaints.add(key + ": expected a string, found " + value);
        return null;
    }

    private SubjectHistory subject(JsonObject json) {
        JsonValue value = json.get("subject");
        if (absent(value)) {
            return null;
        }
        if (!(value instanceof JsonObject subject)) {
            complaints.add("subject: expected an object with the fields " + String.join(", ", SUBJECT_FIELDS));
            return null;
        }
        allowOnly(subject, SUBJECT_FIELDS, "subject.");
        boolean[] facts = new boolean[SUBJECT_FIELDS.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = flag(subject, SUBJECT_FIELDS.get(i));
        }
        return new SubjectHistory(facts[0], facts[1], facts[2], facts[3]);
    }

    private boolean flag(JsonObject subject, String key) {
        JsonValue value = subject.get(key);
        if (absent(value)) {
            return false;
        }
        JsonValue.ValueType type = value.getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            complaints.add("subject." + key + ": expected true or false, found " + value);
        }
        return type == JsonValue.ValueType.TRUE;
    }

    /** JSON null counts as left out, so the field takes its default. */
    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
