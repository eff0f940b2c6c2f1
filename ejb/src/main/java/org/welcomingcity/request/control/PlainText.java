package org.welcomingcity.request.control;

import java.util.regex.Pattern;

/**
 * Free text that people record and others read later (names, numbers, reasons) holds what it
 * shows: no control characters such as NUL (line breaks and tabs aside), and no invisible
 * marks that change the direction of text, with which "IR 1234567" could be stored but read
 * reordered or partly hidden in a page, a letter or a report.
 */
public final class PlainText {

    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    public static final String PROBLEM = "contains a control character or an invisible text-direction mark (such as NUL or a"
            + " right-to-left override); type the text again without it";

    private PlainText() {
    }

    public static boolean plain(String text) {
        return text == null || !HIDDEN.matcher(text).find();
    }
}
