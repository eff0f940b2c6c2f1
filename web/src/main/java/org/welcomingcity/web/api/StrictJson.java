package org.welcomingcity.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A request body as exactly one JSON object, refusing what a lenient binder lets through:
 * malformed text, a key given twice, trailing content, anything but an object, nesting deeper
 * than {@value #MAX_DEPTH} levels. A syntax error
 * is reported with the last field read before it, so the caller can find the fault.
 */
public final class StrictJson {

    public static final int MAX_CHARS = 64 * 1024;
    /** Deeper than any body of the API; reading a deeper tree recursively would exhaust the stack. */
    public static final int MAX_DEPTH = 32;
    /** Looked up once: {@code Json.create…} looks the provider up on every call, with a new buffer pool. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("body", "empty; send a JSON object");
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidRequestException("body", "longer than " + MAX_CHARS + " characters");
        }
        check(body);
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** One streaming pass over the text; the frames hold each open container's path and keys. */
    private static void check(String body) {
        record Frame(String path, Set<String> keys) {
        }
        Deque<Frame> open = new ArrayDeque<>();
        String field = null;
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new InvalidRequestException("body", "expected a JSON object, found " + kind(first));
            }
            open.push(new Frame("", new HashSet<>()));
            while (!open.isEmpty()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        Frame frame = open.peek();
                        field = frame.path() + parser.getString();
                        if (!frame.keys().add(parser.getString())) {
                            throw new InvalidRequestException(field, "given twice");
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new InvalidRequestException(field, "nested deeper than " + MAX_DEPTH + " levels");
                        }
                        open.push(new Frame(field + ".", new HashSet<>()));
                    }
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> { }
                }
            }
            if (hasMore(parser)) {
                throw new InvalidRequestException("body", "unexpected content after the JSON object");
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidRequestException(field == null ? "body" : field, "malformed JSON at line "
                    + at.getLineNumber() + ", column " + at.getColumnNumber());
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException notJson) {
            return true;
        }
    }

    private static String kind(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_NULL -> "null";
            default -> "true or false";
        };
    }
}
