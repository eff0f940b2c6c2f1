package org.welcomingcity.letters.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.welcomingcity.letters.control.LetterLine.Style;
import org.welcomingcity.pdf.Face;

/**
 * Sets the lines of a letter on US Letter pages with one-inch margins: wraps them to the
 * width, starts a new page when one is full and leaves room for the letterhead on the first.
 */
final class LetterLayout {

    /** A piece of text at its place: x from the left margin, y the baseline from the page's foot. */
    record Placed(Face face, float size, float x, float y, String text) {
    }

    static final PDRectangle PAGE = PDRectangle.LETTER;
    static final float MARGIN = 72;
    static final float LETTERHEAD_BASELINE = PAGE.getHeight() - 64;
    static final float LETTERHEAD_RULE = LETTERHEAD_BASELINE - 10;

    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float PARAGRAPH = 8;
    private static final float INDENT = 14;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final String BULLET = "\u2022";

    private final Face regular;
    private final Face bold;
    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> page;
    private float y;

    LetterLayout(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    List<List<Placed>> pages(List<LetterLine> lines) {
        newPage(LETTERHEAD_RULE - 16);
        boolean gap = false;
        for (LetterLine line : lines) {
            if (line.style() == Style.GAP) {
                gap = true;
                continue;
            }
            if (gap && !page.isEmpty()) {
                y -= PARAGRAPH;
            }
            gap = false;
            place(line);
        }
        return pages;
    }

    private void place(LetterLine line) {
        Face font = line.style() == Style.HEADING ? bold : regular;
        float x = line.style() == Style.ITEM ? INDENT : 0;
        List<String> wrapped = font.lines(line.text(), SIZE, WIDTH - x);
        for (int i = 0; i < wrapped.size(); i++) {
            if (y - LEADING < MARGIN) {
                newPage(PAGE.getHeight() - MARGIN);
            }
            y -= LEADING;
            if (i == 0 && line.style() == Style.ITEM) {
                page.add(new Placed(regular, SIZE, 0, y, BULLET));
            }
            page.add(new Placed(font, SIZE, x, y, wrapped.get(i)));
        }
    }

    private void newPage(float top) {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
    }
}
