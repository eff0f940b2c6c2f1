package org.welcomingcity.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phrases that state a person's citizenship or immigration status ({@value #RESOURCE} in the
 * config jar, which legal extends). Free text containing one is refused, because the application
 * never records a person's status, not even in a note: the intake's stated purpose and every
 * step's reason carry {@link NoStatusClaim}.
 */
public record StatusPhrases(List<String> phrases) {

    public static final String RESOURCE = "privacy/status-phrases.txt";

    public StatusPhrases {
        phrases = List.copyOf(phrases);
    }

    public static StatusPhrases shipped() {
        return Shipped.PHRASES;
    }

    /** @throws IllegalStateException when the list is empty: a missing list would let everything through */
    public static StatusPhrases read(String source, Reader text) {
        try (BufferedReader lines = new BufferedReader(text)) {
            List<String> phrases = lines.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (phrases.isEmpty()) {
                throw new IllegalStateException(source + ": lists no phrase");
            }
            return new StatusPhrases(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first phrase the text contains, as listed; empty when none. */
    public Optional<String> foundIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String words = " " + normalized(text) + " ";
        return phrases.stream().filter(phrase -> words.contains(" " + normalized(phrase) + " ")).findFirst();
    }

    /** Why a text with {@code phrase} is refused, naming the phrase. */
    static String problem(String phrase) {
        return "must not state a person's citizenship or immigration status (\"" + phrase + "\"); the City does not"
                + " record it (MCC 2-173-030). Describe what the agency asks and why, not who the person is";
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Holder: loaded on first use, from the class loader that sees the config jar. */
    private static final class Shipped {
        static final StatusPhrases PHRASES = load();

        private static StatusPhrases load() {
            InputStream in = StatusPhrases.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the class path (it comes with the config jar)");
            }
            return read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
