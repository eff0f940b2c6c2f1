package org.welcomingcity.documents.control;

import java.text.Normalizer;

/**
 * Makes a file name from a browser safe to store and show: one composed form, no characters
 * that are invisible, reorder text (a right-to-left override can dress "fdp.exe" up as
 * "exe.pdf") or are reserved by common file systems. A name with a path is refused rather than
 * cut, since it means a client sent something other than a plain upload.
 */
final class FileNames {

    private static final String RESERVED = "<>:\"|?*";

    private FileNames() {
    }

    static String sanitized(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DocumentCheck.refused("a file name is required");
        }
        if (raw.indexOf('/') >= 0 || raw.indexOf('\\') >= 0) {
            throw DocumentCheck.refused("the name must be a plain file name, without / or \\");
        }
        StringBuilder clean = new StringBuilder();
        Normalizer.normalize(raw, Normalizer.Form.NFC).codePoints()
                .map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
                .map(c -> unsafe(c) ? '_' : c)
                .forEach(clean::appendCodePoint);
        return clean.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The name cut to at most {@code max} characters before its extension, which is kept. */
    static String shortened(String name, int max) {
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot);
        int keep = max - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)).stripTrailing() + extension;
    }

    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE || RESERVED.indexOf(c) >= 0;
    }
}
