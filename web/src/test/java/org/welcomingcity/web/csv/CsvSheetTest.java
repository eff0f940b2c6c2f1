package org.welcomingcity.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSheetTest {

    /** What a spreadsheet reads back: every cell of the one row written. */
    private static List<String> readBack(String... cells) throws IOException {
        String csv = new CsvSheet().row(cells).text();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).as("one row, whatever the cells hold").hasSize(1);
        return records.get(0).toList();
    }

    @Test
    void aFormulaHiddenAfterALineBreakComesBackAsTextOnOneLine() throws IOException {
        List<String> row = readBack("officer", "\r\n=HYPERLINK(\"http://evil.example\",\"open\")", "x");

        assertThat(row).hasSize(3);
        assertThat(row.get(1)).isEqualTo("'  =HYPERLINK(\"http://evil.example\",\"open\")")
                .doesNotContain("\r", "\n").doesNotStartWith("=");
    }

    @ParameterizedTest(name = "{0} is read back as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1                | '=1+1",
        "+1                  | '+1",
        "-1                  | '-1",
        "@SUM(A1)            | '@SUM(A1)",
        "`  =1+1`            | `'  =1+1`",
        "`a\tb`              | a b",
        "`line\nbreak`       | line break",
        "`tab\t=1`           | tab =1",
        "Jones, Pat          | Jones, Pat",
        "`say \"hi\"`          | `say \"hi\"`",
        "2026-01-05          | 2026-01-05",
        "<5                  | <5",
    })
    void cellsComeBackAsTextThatNoSpreadsheetRuns(String written, String read) throws IOException {
        assertThat(readBack(written)).containsExactly(read);
    }

    @Test
    void rowsEndWithCrLfAndAnEmptyLineSeparatesTables() {
        assertThat(new CsvSheet().row("a", "b").emptyLine().row("c", null).text()).isEqualTo("a,b\r\n\r\nc,\r\n");
    }
}
