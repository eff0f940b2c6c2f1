package org.welcomingcity.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/** Files the browser tests upload, written on the spot, and the text of PDFs they download. */
final class ScannedDocuments {

    /** The first bytes of any PNG image: enough for the content check to call it a PNG. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private ScannedDocuments() {
    }

    /** A one-page court order as a real PDF. */
    static Path courtOrder(Path folder) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF ILLINOIS - ORDER, case 1:26-cr-00417");
                text.endText();
            }
            document.save(out);
            return Files.write(folder.resolve("court-order.pdf"), out.toByteArray());
        }
    }

    /** PNG content under a PDF name. */
    static Path pngNamedPdf(Path folder) throws IOException {
        return Files.write(folder.resolve("scan.pdf"), PNG);
    }

    static Path empty(Path folder) throws IOException {
        return Files.write(folder.resolve("empty.pdf"), new byte[0]);
    }

    /** The text of a PDF, with every run of white space made one space, so wrapped lines still match. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
