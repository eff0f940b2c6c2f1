package org.welcomingcity.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Hindi's letters as Devanagari writes them: conjuncts joined, the short i before its consonant.
 * PDFBox shapes only the first script a font lists (Bengali in the merged Noto Sans), so the
 * font's Devanagari substitutions are handed to PDFBox's Devanagari worker here, for Devanagari
 * text alone.
 */
final class Devanagari {

    private static final String SCRIPT = "dev2";

    private Devanagari() {
    }

    static boolean in(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
    }

    /** The worker for the font's Devanagari, or null when the font has none. */
    static GsubWorker worker(CmapLookup characters, GlyphSubstitutionTable substitutions) {
        if (substitutions == null || !substitutions.getSupportedScriptTags().contains(SCRIPT)) {
            return null;
        }
        GsubData data = substitutions.getGsubData(SCRIPT);
        return new GsubWorkerFactory().getGsubWorker(characters, new AsDevanagari(data));
    }

    static List<Integer> glyphs(CmapLookup characters, GsubWorker worker, String text) {
        return worker.applyTransforms(text.codePoints().map(characters::getGlyphId).boxed().toList());
    }

    /**
     * Draws {@code glyphs}, the shaped form of {@code text}, in an open text object. PDFBox's text
     * operators take characters, and a conjunct's glyph has none, so the operator is written as
     * is; the characters go with the glyphs as the span's actual text, for readers that copy.
     */
    static void show(PDPageContentStream content, PDType0Font font, List<Integer> glyphs, String text)
            throws IOException {
        ByteArrayOutputStream operator = new ByteArrayOutputStream();
        for (int glyph : glyphs) {
            operator.write(font.encodeGlyphId(glyph));
        }
        font.addGlyphsToSubset(new HashSet<>(glyphs));
        byte[] encoded = operator.toByteArray();
        operator.reset();
        COSWriter.writeString(encoded, operator);
        operator.write(" Tj\n".getBytes(StandardCharsets.US_ASCII));
        COSDictionary span = new COSDictionary();
        span.setItem(COSName.ACTUAL_TEXT, new COSString(text));
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
        content.appendRawCommands(operator.toByteArray());
        content.endMarkedContent();
    }

    /** The font's Devanagari substitutions, labelled as such so that the factory picks the right worker. */
    private record AsDevanagari(GsubData data) implements GsubData {

        @Override
        public Language getLanguage() {
            return Language.DEVANAGARI;
        }

        @Override
        public String getActiveScriptName() {
            return data.getActiveScriptName();
        }

        @Override
        public boolean isFeatureSupported(String feature) {
            return data.isFeatureSupported(feature);
        }

        @Override
        public ScriptFeature getFeature(String feature) {
            return data.getFeature(feature);
        }

        @Override
        public Set<String> getSupportedFeatures() {
            return data.getSupportedFeatures();
        }
    }

    static GlyphSubstitutionTable table(TrueTypeFont font) {
        try {
            return font.getGsub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
