package org.welcomingcity.letters.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.welcomingcity.letters.control.LetterLayout.Placed;

/**
 * Draws a laid-out letter as PDF in Helvetica, one of the fonts every PDF reader has, so
 * nothing is embedded and the text can be searched and copied. The city's name heads the first
 * page; every page ends with the request's reference and its page number.
 */
final class LetterPdf {

    private static final float LETTERHEAD_SIZE = 16;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 40;

    private LetterPdf() {
    }

    static byte[] render(String cityName, String reference, List<LetterLine> lines) {
        // new font objects per letter: their dictionaries become part of the document they are used in
        PDFont regular = new PDType1Font(FontName.HELVETICA);
        PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
        List<List<Placed>> pages = new LetterLayout(regular, bold).pages(lines);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(LetterLayout.PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (i == 0) {
                        letterhead(content, bold, cityName);
                    }
                    for (Placed placed : pages.get(i)) {
                        show(content, placed);
                    }
                    String footer = (reference.isEmpty() ? "" : "Reference " + reference + " \u00b7 ")
                            + "Page " + (i + 1) + " of " + pages.size();
                    show(content, new Placed(regular, FOOTER_SIZE, 0, FOOTER_BASELINE, WinAnsiText.of(footer)));
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(reference.isEmpty() ? "Response letter" : "Response to request " + reference);
            info.setAuthor(cityName);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void letterhead(PDPageContentStream content, PDFont bold, String cityName) throws IOException {
        show(content, new Placed(bold, LETTERHEAD_SIZE, 0, LetterLayout.LETTERHEAD_BASELINE, WinAnsiText.of(cityName)));
        content.setLineWidth(0.75f);
        content.moveTo(LetterLayout.MARGIN, LetterLayout.LETTERHEAD_RULE);
        content.lineTo(LetterLayout.PAGE.getWidth() - LetterLayout.MARGIN, LetterLayout.LETTERHEAD_RULE);
        content.stroke();
    }

    private static void show(PDPageContentStream content, Placed placed) throws IOException {
        content.beginText();
        content.setFont(placed.font(), placed.size());
        content.newLineAtOffset(LetterLayout.MARGIN + placed.x(), placed.y());
        content.showText(placed.text());
        content.endText();
    }
}
