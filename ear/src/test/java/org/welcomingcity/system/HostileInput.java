package org.welcomingcity.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Generators (jqwik arbitraries) of what nobody plans for: strings with NUL, bidirectional
 * overrides, surrogates, markup, injection attempts and great length; numbers out of every range;
 * JSON of the wrong shape, nested deep, truncated or not JSON at all. Drawn from one seeded
 * {@link Random}, so a failing run is repeated by its seed.
 */
final class HostileInput {

    private static final int GEN_SIZE = 1000;

    private static final List<String> NASTY = List.of("", " ", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u200F\u2066x",
            "\uD800", "\uFFFF", "\u00A0", "😀", "%00", "%", "%%", "%s%n%x", "../../../etc/passwd", "..\\..\\boot.ini",
            "<script>alert(1)</script>", "\"><img src=x>", "' OR '1'='1", "'; DROP TABLE federal_request;--",
            "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "${7*7}", "{{7*7}}", "\r\nX-Injected: 1", "null", "true", "-1", "0",
            "1.5", "1e309", "NaN", "Infinity", "-0", "99999999999999999999", "9223372036854775808", "2026-02-30",
            "2026-13-01", "0000-00-00T00:00:00Z", "2026-01-31T25:61:00Z", "+999999999-12-31", "COURT_ORDER ",
            "court_order", "ICE", "DETAINER", "ADMIN", "SUBMITTED", "RELEASED", "abc", "[]", "{}", "\\u0000", "\t",
            "Ω≈ç√∫", "İ", "ß", "ǅ", "\u0301", "x".repeat(256), "y".repeat(5000));

    private HostileInput() {
    }

    /** The hand-written hostile strings alone: each is worth trying in every field of every form. */
    static Arbitrary<String> listed() {
        return Arbitraries.of(NASTY);
    }

    /** A string to put anywhere a string goes in a body: a short one, or one longer than any body allowed. */
    static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(Tuple.of(9, shortStrings()), Tuple.of(1, Arbitraries.strings().alpha().ofLength(70_000)));
    }

    /** A string short enough for a URL (a line the server reads at all). */
    static Arbitrary<String> shortStrings() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(NASTY)),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(8)));
    }

    /** A value for a query or path parameter (sent URL-encoded). */
    static Arbitrary<String> parameterValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, shortStrings()),
                Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)));
    }

    /** Any JSON value, of any type, nested at most {@code depth} deep. */
    static Arbitrary<JsonValue> jsonValues(int depth) {
        Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
                strings().map(Json::createValue),
                Arbitraries.longs().map(Json::createValue),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(Json::createValue),
                Arbitraries.doubles().map(Json::createValue),
                Arbitraries.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<JsonValue> array = jsonValues(depth - 1).list().ofMaxSize(4).map(values -> {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            values.forEach(builder::add);
            return builder.build();
        });
        Arbitrary<JsonValue> object = Combinators.combine(strings().list().ofMaxSize(3), jsonValues(depth - 1).list().ofSize(3))
                .as((keys, values) -> {
                    JsonObjectBuilder builder = Json.createObjectBuilder();
                    for (int i = 0; i < keys.size(); i++) {
                        builder.add(keys.get(i), values.get(i));
                    }
                    return builder.build();
                });
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, array),
                Tuple.of(1, object));
    }

    /** A body that is not one well-formed JSON object: truncated, doubled, of another type, too deep, not text. */
    static Arbitrary<byte[]> brokenBodies() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "{\"a\":", "{\"a\":1,\"a\":2}", "{\"a\":1}{", "[]", "null", "42", "\"text\"",
                        "{\"a\":1} trailing", "{'single':'quotes'}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\uD800\"}",
                        "<?xml version=\"1.0\"?><a/>", "a=1&b=2", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                        "{".repeat(2000) + "}".repeat(2000), "{\"a\":\"" + "z".repeat(70_000) + "\"}")
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    /** A Content-Type other than the one an operation takes, or none (null). */
    static Arbitrary<String> wrongContentTypes() {
        return Arbitraries.of("text/html", "text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=EBCDIC", "image/png", "application/pdf",
                "*/*", "garbage", "application/", ";;;").injectNull(0.2);
    }

    /** One value of the arbitrary, drawn from the seeded random. */
    static <T> T draw(Arbitrary<T> arbitrary, Random random) {
        RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
        return generator.next(random).value();
    }
}
