package org.welcomingcity.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;

/**
 * A line of text as a PDF must draw it. A PDF shows glyphs in the order given and joins no
 * letters, so Arabic is turned into its joined letter forms and a line with right-to-left text
 * into the order seen on paper. Control and invisible format characters are dropped, every kind
 * of space becomes a plain space.
 */
public final class VisualText {

    private VisualText() {
    }

    /** The characters that are kept: composed, visible, every space a plain one. */
    public static String plain(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        // composed first, so that "e" plus a combining accent is the one letter "é" the fonts have
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /** The kept characters as they are measured: Arabic in its joined forms, still in reading order. */
    public static String shaped(String text) {
        String plain = plain(text);
        if (!hasArabic(plain)) {
            return plain;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(plain);
        } catch (ArabicShapingException e) {
            return plain;
        }
    }

    /**
     * The line in the order it is drawn from left to right; {@code rightToLeft} is the direction of
     * the paragraph it belongs to (an Arabic form), which decides where mixed runs go.
     */
    public static String drawn(String text, boolean rightToLeft) {
        String shaped = shaped(text);
        if (!rightToLeft && !Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
            return shaped;
        }
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
