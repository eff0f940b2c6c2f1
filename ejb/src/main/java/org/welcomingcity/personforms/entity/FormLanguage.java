package org.welcomingcity.personforms.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the person's forms are printed in: English and the languages Chicago names for
 * language access (Municipal Code 2-40), Arabic right to left. The tag is what a consent records.
 */
public enum FormLanguage {
    ENGLISH("en", "English", false),
    SPANISH("es", "Spanish", false),
    POLISH("pl", "Polish", false),
    CHINESE("zh", "Chinese", false),
    HINDI("hi", "Hindi", false),
    ARABIC("ar", "Arabic", true);

    private final String tag;
    private final String englishName;
    private final boolean rightToLeft;

    FormLanguage(String tag, String englishName, boolean rightToLeft) {
        this.tag = tag;
        this.englishName = englishName;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The locale of the form's texts; Chinese is Simplified. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The form language a tag ("ar") or an English name ("Arabic") names, whatever the case. */
    public static Optional<FormLanguage> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(l -> l.tag.equalsIgnoreCase(wanted) || l.englishName.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** For messages: the accepted values. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(FormLanguage::tag).toList());
    }
}
