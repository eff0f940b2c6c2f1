package org.welcomingcity.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation of the page texts says the same things as the default bundle: the same keys,
 * the same MessageFormat placeholders, and no apostrophe MessageFormat would swallow.
 */
class BundlesTest {

    private static final String FOLDER = "/org/welcomingcity/web/i18n/";
    private static final String DEFAULT = "messages.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d+[^{}]*}");
    private static final Pattern EDGES = Pattern.compile("^(\\s*).*?(\\s*)$", Pattern.DOTALL);

    @Test
    void everyLanguageOfTheSwitchHasItsBundle() throws Exception {
        for (Language language : Language.values()) {
            if (language != Language.ENGLISH) {
                assertThat(translations()).contains("messages_" + language.tag() + ".properties");
            }
        }
    }

    @Test
    void everyTranslationHasExactlyTheKeysOfTheDefault() throws Exception {
        Map<String, String> english = read(DEFAULT);
        for (String file : translations()) {
            Map<String, String> translated = read(file);
            assertThat(translated.keySet()).as(file + " misses no key and adds none").containsExactlyInAnyOrderElementsOf(
                    english.keySet());
        }
    }

    @Test
    void everyTranslationKeepsThePlaceholdersAndTheSpacesAtTheEdges() throws Exception {
        Map<String, String> english = read(DEFAULT);
        for (String file : translations()) {
            read(file).forEach((key, value) -> {
                if (english.containsKey(key)) {
                    assertThat(placeholders(value)).as(file + ": placeholders of " + key)
                            .containsExactlyInAnyOrderElementsOf(placeholders(english.get(key)));
                    assertThat(edges(value)).as(file + ": spaces around " + key).isEqualTo(edges(english.get(key)));
                    assertThat(value).as(file + ": " + key).isNotBlank();
                }
            });
        }
    }

    /** MessageFormat takes a lone apostrophe for the start of quoted text: the apostrophe and every placeholder after it vanish. */
    @Test
    void aTextWithPlaceholdersDoublesItsApostrophes() throws Exception {
        for (String file : all()) {
            read(file).forEach((key, value) -> {
                if (!placeholders(value).isEmpty()) {
                    assertThat(value.replace("''", "")).as(file + ": " + key).doesNotContain("'");
                }
            });
        }
    }

    /** The bundles are plain ASCII with \\u escapes, so any reader, whatever encoding it assumes, gets the same text. */
    @Test
    void bundlesAreWrittenInAsciiWithEscapes() throws Exception {
        for (String file : all()) {
            byte[] bytes = Files.readAllBytes(folder().resolve(file));
            assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(new String(bytes, StandardCharsets.UTF_8)))
                    .as(file).isTrue();
        }
    }

    private static List<String> placeholders(String value) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }

    private static List<String> edges(String value) {
        Matcher matcher = EDGES.matcher(value);
        return matcher.matches() ? List.of(matcher.group(1), matcher.group(2)) : List.of();
    }

    private static Map<String, String> read(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(FOLDER + file)) {
            properties.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static List<String> all() throws Exception {
        List<String> files = new ArrayList<>(translations());
        files.add(DEFAULT);
        return files;
    }

    private static List<String> translations() throws Exception {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("messages_") && name.endsWith(".properties")).sorted().toList();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BundlesTest.class.getResource(FOLDER + DEFAULT).toURI()).getParent();
    }
}
