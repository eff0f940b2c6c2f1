package org.welcomingcity.personforms.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The texts of the person's forms, one resource bundle per language ({@code forms.properties} is
 * English). A language never falls back to the server's own: a missing text is a missing key,
 * caught by the bundles' test.
 */
public final class FormTexts {

    static final String BUNDLE = "org.welcomingcity.personforms.forms";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PARAGRAPH = Pattern.compile("\\.p(\\d+)$");

    private final FormLanguage language;
    private final ResourceBundle bundle;

    private FormTexts(FormLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), FormTexts.class.getClassLoader(), NO_FALLBACK);
    }

    public static FormTexts in(FormLanguage language) {
        return new FormTexts(language);
    }

    public FormLanguage language() {
        return language;
    }

    /**
     * The text of {@code key} with its placeholders filled in. A text without placeholders is
     * taken as written, so that an apostrophe needs no doubling ("city's"); in a text with
     * placeholders a translator writes none, as the bundles' test holds them to.
     */
    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return text.indexOf('{') < 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
    }

    /** The version of this language's forms, recorded on a consent signed on one. */
    public String version() {
        return bundle.getString("form.version");
    }

    /** The keys of a form's paragraphs, in their order: {@code notice.p1}, {@code notice.p2}, … */
    public List<String> paragraphs(PersonForm form) {
        String prefix = form.key() + ".p";
        return bundle.keySet().stream()
                .filter(key -> key.startsWith(prefix) && PARAGRAPH.matcher(key).find())
                .sorted((a, b) -> Integer.compare(number(a), number(b)))
                .toList();
    }

    private static int number(String key) {
        var matcher = PARAGRAPH.matcher(key);
        matcher.find();
        return Integer.parseInt(matcher.group(1));
    }
}
