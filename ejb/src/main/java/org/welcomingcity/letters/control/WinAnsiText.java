package org.welcomingcity.letters.control;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text that the standard PDF fonts can show. They know only the WinAnsi characters (Western
 * European letters and common punctuation), and PDFBox throws on any other, so a name in
 * another script must not stop a letter: such characters become {@value #REPLACEMENT}.
 */
public final class WinAnsiText {

    static final char REPLACEMENT = '?';

    private WinAnsiText() {
    }

    public static String of(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        // composed first, so that "e" plus a combining accent is the one WinAnsi letter "é"
        for (int c : Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().toArray()) {
            boolean invisible = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                shown.append(' ');
            } else if (!invisible) {
                shown.appendCodePoint(shown(c) ? c : REPLACEMENT);
            }
        }
        return shown.toString();
    }

    private static boolean shown(int c) {
        return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(c));
    }
}
