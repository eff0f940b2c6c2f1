package org.welcomingcity.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void theChosenLanguageWinsOverTheBrowsers() {
        assertThat(Language.choose("es", () -> Locale.ENGLISH)).isEqualTo(Language.SPANISH);
        assertThat(Language.choose("en", () -> Locale.forLanguageTag("es"))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecides() {
        assertThat(Language.choose(null, () -> Locale.forLanguageTag("es"))).isEqualTo(Language.SPANISH);
        assertThat(Language.choose(null, () -> Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fr", "ES", "es-MX", " es", "es;", "spanish", "\"es\""})
    void aCookieNamingAnythingElseIsIgnored(String cookie) {
        assertThat(Language.choose(cookie, () -> Locale.forLanguageTag("es"))).isEqualTo(Language.SPANISH);
        assertThat(Language.choose(cookie, () -> Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void anyOtherLocaleIsTheDefaultEnglish() {
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.forLanguageTag("es-MX"))).isEqualTo(Language.SPANISH);
    }

    @Test
    void spanishPagesAreTheCitysSpanishAndSayEsInTheirLangAttribute() {
        assertThat(Language.SPANISH.locale()).isEqualTo(Locale.forLanguageTag("es-US"));
        assertThat(Language.SPANISH.locale().getLanguage()).isEqualTo(Language.SPANISH.tag());
        assertThat(Language.ENGLISH.locale().getLanguage()).isEqualTo(Language.ENGLISH.tag());
    }
}
