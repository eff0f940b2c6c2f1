package org.welcomingcity.web.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The languages the pages are written in, each named in itself on the switch. Spanish is the
 * city's, as spoken in the United States: its numbers read 1,200 as in English (Spain's would
 * read 1.200), and a number field takes the same separators in both languages.
 */
public enum Language {

    ENGLISH("en", "English", Locale.ENGLISH),
    SPANISH("es", "Espa\u00f1ol", Locale.forLanguageTag("es-US"));

    private final String tag;
    private final String ownName;
    private final Locale locale;

    Language(String tag, String ownName, Locale locale) {
        this.tag = tag;
        this.ownName = ownName;
        this.locale = locale;
    }

    /** The language's code, as the cookie, the switch's links and the page's {@code lang} attribute say it. */
    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    /** The locale the pages of this language are rendered in. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language a person chose (the cookie's value), else the one Faces chose among the
     * supported locales from the browser's Accept-Language. A cookie naming anything else is ignored.
     */
    static Language choose(String chosen, Supplier<Locale> browsers) {
        return named(chosen).orElseGet(() -> of(browsers.get()));
    }

    /** The language with exactly this code; nothing for any other text. */
    static Optional<Language> named(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of an answer no page renders (a plain refusal before log-on): the switch's
     * cookie, else the first of the browser's languages that the pages are written in.
     */
    public static Language ofRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        String chosen = Arrays.stream(cookies).filter(cookie -> LanguageCookie.NAME.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
        return choose(chosen, () -> request.getHeader("Accept-Language") == null ? null
                : Collections.list(request.getLocales()).stream().filter(Language::written).findFirst().orElse(null));
    }

    private static boolean written(Locale locale) {
        return Arrays.stream(values()).anyMatch(language -> language.locale.getLanguage().equals(locale.getLanguage()));
    }

    /** The language of a locale; English, the default, for any other. */
    static Language of(Locale locale) {
        return locale != null && SPANISH.tag.equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }
}
