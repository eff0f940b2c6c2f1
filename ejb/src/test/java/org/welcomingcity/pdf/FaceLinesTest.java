package org.welcomingcity.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Text set in lines of a width, as letters, reports and forms set their paragraphs and cells. */
class FaceLinesTest {

    private final PDDocument document = new PDDocument();
    private final Face font = EmbeddedFonts.in(document).regular();

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void linesAreFilledUpToTheWidthAndBrokenBetweenWords() {
        String text = "The department declines the request under the ordinance. ".repeat(10).strip();
        List<String> lines = font.lines(text, 11, 200);
        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> {
            assertThat(font.width(line, 11)).isLessThanOrEqualTo(200);
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        });
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordLongerThanALineIsCut() {
        String word = "WC-2026-000123".repeat(20);
        List<String> lines = font.lines("See " + word + " now", 11, 100);
        assertThat(lines).allSatisfy(line -> assertThat(font.width(line, 11)).isLessThanOrEqualTo(100));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("See" + word + "now");
        assertThat(lines.get(0)).isEqualTo("See");
    }

    @Test
    void aShortLineIsOneLine() {
        assertThat(font.lines("  Sincerely,  ", 11, 468)).containsExactly("Sincerely,");
    }
}
