package org.welcomingcity.problem;

/**
 * Free text that people record and others read later (names, numbers, reasons) holds what it
 * shows: no control characters such as NUL (line breaks and tabs aside), and no invisible
 * marks that change the direction of text, with which "IR 1234567" could be stored but read
 * reordered or partly hidden in a page, a letter or a report.
 */
public final class PlainText {

    /** The invisible marks that change the direction of the text around them. */
    private static final String DIRECTION_MARKS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";

    /** The control characters (Unicode category Cc) other than tab, line feed and carriage return. */
    private static final String CONTROLS_BUT_BREAKS = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F";

    /**
     * The rule as a pattern for Bean Validation's {@code @Pattern} (see {@link FreeText}): text that
     * may run over lines (a reason, a stated purpose), line breaks and tabs allowed.
     */
    public static final String TEXT = "[^" + CONTROLS_BUT_BREAKS + DIRECTION_MARKS + "]*";

    /**
     * The same rule for one line of text (a name, a unit), as a pattern for Bean Validation's
     * {@code @Pattern}: no control character at all, line breaks and tabs included.
     */
    public static final String ONE_LINE = "[^\\p{Cc}" + DIRECTION_MARKS + "]*";

    public static final String PROBLEM = "contains a control character or an invisible text-direction mark (such as NUL or a"
            + " right-to-left override); type the text again without it";

    private PlainText() {
    }
}
