package org.welcomingcity.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST operations the running server's OpenAPI document (/openapi) describes, as the fuzzer needs them. */
final class OpenApiOperations {

    /** One operation: its parameters, the body types it takes, and the body's fields with their allowed values. */
    record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters,
            List<String> bodyTypes, Map<String, List<String>> bodyFields) {

        boolean takesJson() {
            return bodyTypes.contains("application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Pattern FIELDS = Pattern.compile("Fields: ([^.]*)");
    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)(?: \\(([A-Z_, ]+)\\))?");

    private OpenApiOperations() {
    }

    static List<Operation> read() {
        HttpResponse<String> document = fetch();
        if (document.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + document.statusCode());
        }
        JsonObject api = Api.json(document);
        JsonObject schemas = api.containsKey("components") && api.getJsonObject("components").containsKey("schemas")
                ? api.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
        List<Operation> operations = new ArrayList<>();
        api.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (value.getValueType() != JsonValue.ValueType.OBJECT || "parameters".equals(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            List<String> inPath = new ArrayList<>();
            List<String> inQuery = new ArrayList<>();
            if (operation.containsKey("parameters")) {
                operation.getJsonArray("parameters").getValuesAs(JsonObject.class).forEach(p -> {
                    if ("path".equals(p.getString("in"))) {
                        inPath.add(p.getString("name"));
                    } else if ("query".equals(p.getString("in"))) {
                        inQuery.add(p.getString("name"));
                    }
                });
            }
            List<String> types = new ArrayList<>();
            Map<String, List<String>> fields = new LinkedHashMap<>();
            if (operation.containsKey("requestBody")) {
                JsonObject body = operation.getJsonObject("requestBody");
                if (body.containsKey("content")) {
                    body.getJsonObject("content").forEach((type, content) -> {
                        types.add(type);
                        fields.putAll(schemaFields(content.asJsonObject(), schemas));
                    });
                }
                if (body.containsKey("description")) {
                    fields.putAll(describedFields(body.getString("description")));
                }
            }
            operations.add(new Operation(method.toUpperCase(), path, inPath, inQuery, types, fields));
        }));
        return operations;
    }

    /** The document is served at the server's root, beside the application. */
    private static HttpResponse<String> fetch() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.baseUrl()).resolve("/openapi"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The properties of the body's schema (following one $ref), each with its enum values if it has any. */
    private static Map<String, List<String>> schemaFields(JsonObject content, JsonObject schemas) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!content.containsKey("schema")) {
            return fields;
        }
        JsonObject schema = resolve(content.getJsonObject("schema"), schemas);
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, property) -> {
                JsonObject resolved = resolve(property.asJsonObject(), schemas);
                fields.put(name, resolved.containsKey("enum")
                        ? resolved.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                        : List.of());
            });
        }
        return fields;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
        }
        return schema;
    }

    /** Bodies described in words: "Fields: disposition (RELEASED, TRANSFERRED), at, …". */
    private static Map<String, List<String>> describedFields(String description) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher list = FIELDS.matcher(description);
        if (list.find()) {
            Matcher name = NAME.matcher(list.group(1));
            while (name.find()) {
                if (Character.isLowerCase(name.group(1).charAt(0))) {
                    fields.putIfAbsent(name.group(1), name.group(2) == null ? List.of()
                            : List.of(name.group(2).split(",\\s*")));
                }
            }
        }
        return fields;
    }
}
