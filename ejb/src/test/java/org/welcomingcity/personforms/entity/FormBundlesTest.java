package org.welcomingcity.personforms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each language's forms say everything the English ones say: no key missing or extra, the same placeholders. */
class FormBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final ResourceBundle.Control OWN_FILE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void everyTextOfTheEnglishFormsIsTranslatedWithItsPlaceholders(FormLanguage language) {
        ResourceBundle english = ResourceBundle.getBundle(FormTexts.BUNDLE, Locale.ROOT_LOCALE, OWN_FILE_ONLY);
        ResourceBundle translated = ResourceBundle.getBundle(FormTexts.BUNDLE, language.locale(), OWN_FILE_ONLY);
        assertThat(translated.getLocale().getLanguage())
                .as("a file of its own").isEqualTo(language == FormLanguage.ENGLISH ? "" : language.tag());
        assertThat(new TreeSet<>(translated.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : english.keySet()) {
            assertThat(placeholders(translated.getString(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getString(key)));
            assertThat(new MessageFormat(translated.getString(key)).format(new Object[] {"D", "C"}))
                    .as(language + " " + key + " has no stray apostrophe").doesNotContain("{");
        }
    }

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void eachLanguageNamesTheVersionOfItsForms(FormLanguage language) {
        assertThat(FormTexts.in(language).version()).matches("\\d{4}\\.\\d+");
        assertThat(FormLanguage.named(language.tag())).contains(language);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static final class Locale {
        static final java.util.Locale ROOT_LOCALE = java.util.Locale.ROOT;
    }
}
