package org.welcomingcity.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One style (regular or bold) of a document's fonts. It measures and draws any text: each
 * character in the first font that has it, {@value #MISSING} for one that no font has.
 */
public final class Face {

    static final String MISSING = "?";

    /** A loaded font with the table that says which characters it has, and its Devanagari shaping once needed. */
    static final class Font {

        private final TrueTypeFont file;
        private final CmapLookup characters;
        private final PDType0Font pdf;
        private GsubWorker devanagari;
        private boolean devanagariLooked;

        Font(TrueTypeFont file, PDType0Font pdf) throws IOException {
            this.file = file;
            this.characters = file.getUnicodeCmapLookup();
            this.pdf = pdf;
        }

        PDType0Font pdf() {
            return pdf;
        }

        boolean has(int codePoint) {
            return characters.getGlyphId(codePoint) > 0;
        }

        /** Shows the run, Devanagari shaped by the font's own substitutions. */
        void show(PDPageContentStream content, String text) throws IOException {
            if (Devanagari.in(text) && devanagari() != null) {
                Devanagari.show(content, pdf, Devanagari.glyphs(characters, devanagari, text), text);
            } else {
                content.showText(text);
            }
        }

        private GsubWorker devanagari() {
            if (!devanagariLooked) {
                devanagariLooked = true;
                devanagari = Devanagari.worker(characters, Devanagari.table(file));
            }
            return devanagari;
        }
    }

    private record Run(Font font, String text) {
    }

    private final EmbeddedFonts fonts;
    private final Font primary;

    Face(EmbeddedFonts fonts, Font primary) {
        this.fonts = fonts;
        this.primary = primary;
    }

    /** The width of {@code text} at {@code size} points. */
    public float width(String text, float size) {
        float width = 0;
        for (Run run : runs(VisualText.shaped(text))) {
            try {
                width += run.font().pdf().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** The text in lines no wider than {@code width} points at {@code size}; a word longer than a line is cut. */
    public List<String> lines(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : VisualText.plain(text).strip().split(" +")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(longer, size) <= width) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (width(word, size) > width) {
                int cut = fitting(word, size, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private int fitting(String word, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * Draws {@code text} from the current position of an open text object; {@code rightToLeft}
     * is the direction of its paragraph.
     */
    public void show(PDPageContentStream content, String text, float size, boolean rightToLeft) throws IOException {
        for (Run run : runs(VisualText.drawn(text, rightToLeft))) {
            content.setFont(run.font().pdf(), size);
            run.font().show(content, run.text());
        }
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        Font current = null;
        StringBuilder run = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            Font font = fontFor(c);
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            if (font == primary && !primary.has(c)) {
                run.append(MISSING);
            } else {
                run.appendCodePoint(c);
            }
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    private Font fontFor(int c) {
        if (c == ' ' || primary.has(c) || !EmbeddedFonts.chineseMayHave(c)) {
            return primary;
        }
        Font chinese = fonts.chinese();
        return chinese.has(c) ? chinese : primary;
    }
}
