package org.welcomingcity.ordinance.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.DocumentType;

/**
 * What tells a judicial document from a DHS one, as data ({@value #RESOURCE} in the config jar):
 * the DHS form numbers with the type each one is, and the words of a signer's title that make
 * (or unmake) a judge of a court. Legal adds a form there without a code change.
 */
public record DocumentRegister(Map<String, DocumentType> dhsForms, Set<String> judgeWords, Set<String> notJudgeWords) {

    public static final String RESOURCE = "rulepacks/documents.properties";
    private static final String FORM = "dhs-form.";
    private static final String JUDGE_WORDS = "signer.judge-words";
    private static final String NOT_JUDGE_WORDS = "signer.not-judge-words";

    public DocumentRegister {
        dhsForms = Map.copyOf(dhsForms);
        judgeWords = Set.copyOf(judgeWords);
        notJudgeWords = Set.copyOf(notJudgeWords);
    }

    /** The shipped register, read once; a wrong file fails the first use (the start-up check of the packs). */
    public static DocumentRegister shipped() {
        return Shipped.REGISTER;
    }

    /** @throws IllegalStateException naming the source and the line at fault */
    public static DocumentRegister read(String source, Reader text) {
        Properties lines = new Properties();
        try {
            lines.load(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(source + ": cannot be read: " + e.getMessage(), e);
        }
        Map<String, DocumentType> forms = new TreeMap<>();
        for (String key : lines.stringPropertyNames()) {
            if (key.startsWith(FORM)) {
                forms.put(normalized(key.substring(FORM.length())), formType(source, key, lines.getProperty(key)));
            } else if (!key.equals(JUDGE_WORDS) && !key.equals(NOT_JUDGE_WORDS)) {
                throw new IllegalStateException(source + ", " + key + ": unknown setting (expected " + FORM
                        + "<form number>, " + JUDGE_WORDS + " or " + NOT_JUDGE_WORDS + ")");
            }
        }
        Set<String> judge = words(source, JUDGE_WORDS, lines);
        if (forms.isEmpty() || judge.isEmpty()) {
            throw new IllegalStateException(source + ": lists no DHS form or no judge word");
        }
        return new DocumentRegister(forms, judge, words(source, NOT_JUDGE_WORDS, lines));
    }

    /** The DHS form a form number names, whatever was typed around it ("Form I-200", "i 247a"). */
    public Optional<DocumentType> dhsForm(String formNumber) {
        String form = normalized(formNumber);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        return dhsForms.entrySet().stream().filter(entry -> form.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A judge or magistrate of a court: never an immigration judge, an administrative law judge or a DHS officer. */
    public boolean judgeOfACourt(String signerTitle) {
        Set<String> words = titleWords(signerTitle);
        return words.stream().anyMatch(judgeWords::contains) && words.stream().noneMatch(notJudgeWords::contains);
    }

    /** A title with any word of an agency's or a non-judicial officer ("Special Agent, HSI", "Deportation Officer"). */
    public boolean agencyOfficer(String signerTitle) {
        return titleWords(signerTitle).stream().anyMatch(notJudgeWords::contains);
    }

    private static Set<String> titleWords(String signerTitle) {
        return signerTitle == null ? Set.of()
                : Arrays.stream(signerTitle.toUpperCase(Locale.ROOT).split("[^A-Z]+")).collect(Collectors.toSet());
    }

    private static DocumentType formType(String source, String key, String value) {
        DocumentType type;
        try {
            type = DocumentType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ", " + key + ": unknown document type '" + value + "'");
        }
        if (type.isJudicial() || normalized(key.substring(FORM.length())).isEmpty()) {
            throw new IllegalStateException(source + ", " + key + ": a DHS form is never judicial (" + type + ")");
        }
        return type;
    }

    private static Set<String> words(String source, String key, Properties lines) {
        String value = lines.getProperty(key, "");
        Set<String> words = Arrays.stream(value.split(",")).map(String::strip).filter(word -> !word.isEmpty())
                .map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (words.stream().anyMatch(word -> !word.matches("[A-Z]+"))) {
            throw new IllegalStateException(source + ", " + key + ": words are letters only, separated by commas");
        }
        return words;
    }

    private static String normalized(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Holder: loaded on first use, from the class loader that sees the config jar. */
    private static final class Shipped {
        static final DocumentRegister REGISTER = load();

        private static DocumentRegister load() {
            InputStream in = DocumentRegister.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the class path (it comes with the config jar)");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(RESOURCE, reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
