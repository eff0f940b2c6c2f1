package org.welcomingcity.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EmbeddedFontsTest {

    @Test
    void aNameInLatinPolishAndChineseLettersIsReadBackIntact() throws IOException {
        String name = "Jos\u00e9 \u00d1\u00fa\u00f1ez \u674e\u5c0f\u9f8d \u0141\u00f3d\u017a";
        assertThat(readBack(pdf(name, false))).isEqualTo(name);
    }

    @Test
    void arabicIsReadBackInReadingOrder() throws IOException {
        String sentence = "\u0644\u0646 \u062a\u062d\u062a\u062c\u0632\u0643 \u0627\u0644\u0634\u0631\u0637\u0629";
        assertThat(Normalizer.normalize(readBack(pdf(sentence, true)), Normalizer.Form.NFKC)).isEqualTo(sentence);
    }

    @Test
    void onlyTheGlyphsUsedAreEmbeddedSoTheFileStaysSmall() throws IOException {
        byte[] pdf = pdf("\u674e\u5c0f\u9f8d and Noto Sans \u0928\u092e\u0938\u094d\u0924\u0947", false);
        assertThat(pdf.length).isLessThan(60_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // the subset tag
            }
        }
    }

    @Test
    void aCharacterNoFontHasBecomesAQuestionMark() throws IOException {
        assertThat(readBack(pdf("smile \ud83d\ude00 please", false))).isEqualTo("smile ? please");
    }

    private static byte[] pdf(String text, boolean rightToLeft) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Face face = EmbeddedFonts.in(document).regular();
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(72, 700);
                face.show(content, text, 12, rightToLeft);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String readBack(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).strip();
        }
    }
}
