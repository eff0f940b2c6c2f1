package org.welcomingcity.personforms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each language's file says everything the English one says: no key missing or extra in the file
 * itself (a missing one would print English on the person's form), the same placeholders, and no
 * apostrophe in a text with placeholders, where it would vanish.
 */
class FormBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void everyTextOfTheEnglishFormsIsTranslatedWithItsPlaceholders(FormLanguage language) throws IOException {
        Properties english = file("");
        Properties translated = file(language == FormLanguage.ENGLISH ? "" : "_" + language.tag());
        assertThat(new TreeSet<>(translated.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(placeholders(text)).as(language + " " + key).isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(text).isEmpty()) {
                assertThat(text).as(language + " " + key + ": an apostrophe beside a placeholder vanishes").doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void eachLanguageNamesTheVersionOfItsForms(FormLanguage language) {
        assertThat(FormTexts.in(language).version()).matches("\\d{4}\\.\\d+");
        assertThat(FormLanguage.named(language.tag())).contains(language);
    }

    @Test
    void aTextWithoutPlaceholdersKeepsItsApostrophes() {
        assertThat(FormTexts.in(FormLanguage.ENGLISH).text("consent.officer")).isEqualTo("Officer's name and star number:");
        assertThat(FormTexts.in(FormLanguage.ENGLISH).text("tell.LEGAL")).contains("The city's lawyers decide");
    }

    private static Properties file(String suffix) throws IOException {
        String name = "/" + FormTexts.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = FormBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
