package org.welcomingcity.letters.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.welcomingcity.letters.control.LetterLayout.Placed;
import org.welcomingcity.pdf.EmbeddedFonts;
import org.welcomingcity.pdf.Face;

/**
 * Draws a laid-out letter as PDF in the embedded Noto Sans, so that an agent's or a person's name
 * in any of the city's languages prints as written, and the text can be searched and copied.
 * The city's name heads the first page; every page ends with the request's reference and its
 * page number.
 */
final class LetterPdf {

    private static final float LETTERHEAD_SIZE = 16;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 40;

    private LetterPdf() {
    }

    static byte[] render(String cityName, String reference, List<LetterLine> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            EmbeddedFonts fonts = EmbeddedFonts.in(document);
            List<List<Placed>> pages = new LetterLayout(fonts.regular(), fonts.bold()).pages(lines);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(LetterLayout.PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (i == 0) {
                        letterhead(content, fonts.bold(), cityName);
                    }
                    for (Placed placed : pages.get(i)) {
                        show(content, placed);
                    }
                    String footer = (reference.isEmpty() ? "" : "Reference " + reference + " \u00b7 ")
                            + "Page " + (i + 1) + " of " + pages.size();
                    show(content, new Placed(fonts.regular(), FOOTER_SIZE, 0, FOOTER_BASELINE, footer));
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

    private static void letterhead(PDPageContentStream content, Face bold, String cityName) throws IOException {
        show(content, new Placed(bold, LETTERHEAD_SIZE, 0, LetterLayout.LETTERHEAD_BASELINE, cityName));
        content.setLineWidth(0.75f);
        content.moveTo(LetterLayout.MARGIN, LetterLayout.LETTERHEAD_RULE);
        content.lineTo(LetterLayout.PAGE.getWidth() - LetterLayout.MARGIN, LetterLayout.LETTERHEAD_RULE);
        content.stroke();
    }

    private static void show(PDPageContentStream content, Placed placed) throws IOException {
        content.beginText();
        content.newLineAtOffset(LetterLayout.MARGIN + placed.x(), placed.y());
        placed.face().show(content, placed.text(), placed.size(), false);
        content.endText();
    }
}
