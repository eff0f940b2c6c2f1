package org.welcomingcity.report.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.welcomingcity.pdf.EmbeddedFonts;
import org.welcomingcity.pdf.Face;

/**
 * A report as PDF: headings, paragraphs and tables on landscape US Letter pages, in the embedded
 * Noto Sans (names in any script print as written, the text searchable). Table cells wrap within their column; a table that
 * runs over a page repeats its header. Every page ends with the report's title and page number.
 * The document, with its embedded fonts, is made as the report is laid out and written once by
 * {@link #render()}.
 */
public final class ReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 48;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 16;
    private static final float TEXT = 10;
    private static final float CELL = 8.5f;
    private static final float PAD = 3;

    private record Placed(Face font, float size, float x, float y, String text) {
    }

    private final String title;
    private final PDDocument document = new PDDocument();
    private final Face regular;
    private final Face bold;
    private final List<List<Placed>> pages = new ArrayList<>();
    private final List<List<float[]>> rules = new ArrayList<>();
    private float y;

    public ReportPdf(String title) {
        this.title = title;
        EmbeddedFonts fonts = EmbeddedFonts.in(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        newPage();
        text(bold, 15, title);
        y -= 6;
    }

    public ReportPdf heading(String text) {
        y -= 8;
        return text(bold, 12, text);
    }

    public ReportPdf paragraph(String text) {
        return text(regular, TEXT, text);
    }

    /** A table; {@code widths} are the columns' shares of the line and sum to 1. */
    public ReportPdf table(List<String> headers, float[] widths, List<List<String>> rows) {
        y -= 4;
        row(headers, widths, bold);
        for (List<String> row : rows) {
            if (!row(row, widths, regular)) {
                newPage();
                row(headers, widths, bold);
                row(row, widths, regular);
            }
        }
        return this;
    }

    public byte[] render() {
        try (document; ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setLineWidth(0.4f);
                    for (float[] line : rules.get(i)) {
                        content.moveTo(line[0], line[1]);
                        content.lineTo(line[2], line[1]);
                        content.stroke();
                    }
                    List<Placed> texts = new ArrayList<>(pages.get(i));
                    texts.add(new Placed(regular, 7.5f, MARGIN, MARGIN - 12,
                            title + " \u00b7 Page " + (i + 1) + " of " + pages.size()));
                    show(content, texts);
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportPdf text(Face font, float size, String text) {
        for (String line : font.lines(text, size, WIDTH)) {
            if (y - size * 1.4f < BOTTOM) {
                newPage();
            }
            y -= size * 1.4f;
            page().add(new Placed(font, size, MARGIN, y, line));
        }
        return this;
    }

    /** Places one row if it fits on the page; false when it does not. */
    private boolean row(List<String> cells, float[] widths, Face font) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            float room = widths[i] * WIDTH - 2 * PAD;
            // most cells fit: measure once instead of word by word
            List<String> cellLines = font.width(cell, CELL) <= room ? List.of(cell) : font.lines(cell, CELL, room);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * CELL * 1.25f + 2 * PAD;
        if (y - height < BOTTOM) {
            return false;
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float baseline = y - PAD - CELL;
            for (String line : wrapped.get(i)) {
                page().add(new Placed(font, CELL, x + PAD, baseline, line));
                baseline -= CELL * 1.25f;
            }
            x += widths[i] * WIDTH;
        }
        y -= height;
        rules.get(rules.size() - 1).add(new float[] {MARGIN, y, MARGIN + WIDTH});
        return true;
    }

    private List<Placed> page() {
        return pages.get(pages.size() - 1);
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        rules.add(new ArrayList<>());
        y = TOP;
    }

    /** All of a page's text in one text object. */
    private static void show(PDPageContentStream content, List<Placed> texts) throws IOException {
        content.beginText();
        for (Placed placed : texts) {
            content.setTextMatrix(Matrix.getTranslateInstance(placed.x(), placed.y()));
            placed.font().show(content, placed.text(), placed.size(), false);
        }
        content.endText();
    }
}
