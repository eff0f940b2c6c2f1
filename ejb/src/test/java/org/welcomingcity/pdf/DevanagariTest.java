package org.welcomingcity.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Hindi as it is written, by the Devanagari substitutions of the embedded Noto Sans. */
class DevanagariTest {

    private final TrueTypeFont font = parse();
    private final CmapLookup characters = characters();
    private final GsubWorker worker = Devanagari.worker(characters, Devanagari.table(font));

    @Test
    void theShortIStandsBeforeItsConsonant() {
        List<Integer> glyphs = Devanagari.glyphs(characters, worker, "\u0915\u093f"); // ki
        assertThat(glyphs).hasSize(2);
        assertThat(glyphs.get(0)).isEqualTo(characters.getGlyphId(0x093F));
        assertThat(glyphs.get(1)).isEqualTo(characters.getGlyphId(0x0915));
    }

    @Test
    void aConsonantWithAViramaJoinsTheNextIntoOneConjunct() {
        List<Integer> glyphs = Devanagari.glyphs(characters, worker, "\u0928\u094d\u092f"); // nya
        assertThat(glyphs).hasSizeLessThan(3).doesNotContain(characters.getGlyphId(0x094D));
    }

    @Test
    void onlyDevanagariIsShaped() {
        assertThat(Devanagari.in("Chicago \u0939\u093f\u0928\u094d\u0926\u0940")).isTrue();
        assertThat(Devanagari.in("Jos\u00e9 \u674e \u0627\u0644")).isFalse();
    }

    private static TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(EmbeddedFonts.read(EmbeddedFonts.REGULAR)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private CmapLookup characters() {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
