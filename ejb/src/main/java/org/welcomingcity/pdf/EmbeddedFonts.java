package org.welcomingcity.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: Noto Sans regular and bold from Sejda's font package (Latin with Polish
 * and Spanish letters, Arabic, Devanagari and many more scripts), and Noto Sans S Chinese for
 * what Noto Sans lacks, loaded only when a text needs it. Each is embedded as a subset, the
 * glyphs the document uses and no more, so that every reader shows the same letters.
 */
public final class EmbeddedFonts {

    static final String REGULAR = "/fonts/sans/NotoSansMerged-Regular.ttf";
    static final String BOLD = "/fonts/sans/NotoSansMerged-Bold.ttf";
    static final String CHINESE = "/com/github/xingfudeshi/fonts/\u601d\u6e90\u9ed1\u4f53\u6b63\u5e38_0.ttf";

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private Face.Font chinese;

    private EmbeddedFonts(PDDocument document) {
        this.document = document;
        this.regular = new Face(this, load(FontFiles.REGULAR));
        this.bold = new Face(this, load(FontFiles.BOLD));
    }

    /** The fonts for {@code document}; they become part of it, to be used in no other. */
    public static EmbeddedFonts in(PDDocument document) {
        return new EmbeddedFonts(document);
    }

    public Face regular() {
        return regular;
    }

    public Face bold() {
        return bold;
    }

    /** Whether the Chinese font is worth loading for {@code c}: Han characters, CJK punctuation and full-width forms. */
    static boolean chineseMayHave(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    /** The font for the Chinese characters Noto Sans lacks, the same for both faces. */
    Face.Font chinese() {
        if (chinese == null) {
            chinese = load(ChineseFile.BYTES);
        }
        return chinese;
    }

    private Face.Font load(byte[] file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
            // PDFBox would apply the substitutions of the first script the font lists (Bengali in the
            // merged Noto Sans) to every text, dropping Latin letters: Face shapes what needs it
            font.setEnableGsub(false);
            return new Face.Font(font, PDType0Font.load(document, font, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once: every document parses its own copy, as a parsed font is not safe to share. */
    private static final class FontFiles {
        static final byte[] REGULAR = read(EmbeddedFonts.REGULAR);
        static final byte[] BOLD = read(EmbeddedFonts.BOLD);
    }

    /** Nine megabytes, so read only when the first Chinese text is drawn. */
    private static final class ChineseFile {
        static final byte[] BYTES = read(CHINESE);
    }
}
