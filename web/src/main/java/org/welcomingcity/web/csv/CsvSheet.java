package org.welcomingcity.web.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file (RFC 4180: commas, CRLF, quotes where needed) whose cells a spreadsheet shows
 * as text and never runs. Exports carry what people typed (user names at log-on, names,
 * event numbers), so each cell is defused before Apache Commons CSV quotes it: line breaks and
 * tabs become spaces, and a cell whose first visible character would start a formula
 * ({@code = + - @}) is prefixed with an apostrophe, which spreadsheets take as "this is text".
 */
public final class CsvSheet {

    private static final String FORMULA_STARTS = "=+-@";

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    public CsvSheet() {
        try {
            printer = CSVFormat.RFC4180.print(text);
        } catch (IOException impossible) { // a StringBuilder does not fail
            throw new UncheckedIOException(impossible);
        }
    }

    /** One row; a null cell is empty. */
    public CsvSheet row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvSheet row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvSheet::defused));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return this;
    }

    /** An empty line, which separates the tables of a report. */
    public CsvSheet emptyLine() {
        try {
            printer.println();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return this;
    }

    public String text() {
        return text.toString();
    }

    /** The cell's text as a spreadsheet may show it: on one line, and never a formula. */
    static String defused(String value) {
        if (value == null) {
            return null;
        }
        String oneLine = value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        String visible = oneLine.stripLeading();
        boolean formula = !visible.isEmpty() && FORMULA_STARTS.indexOf(visible.charAt(0)) >= 0;
        return formula ? "'" + oneLine : oneLine;
    }
}
