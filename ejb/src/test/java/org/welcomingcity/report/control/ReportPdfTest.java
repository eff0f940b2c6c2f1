package org.welcomingcity.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void textAndTablesCanBeReadBackAndLongTablesRepeatTheirHeaderOnEveryPage() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> List.of("2023-04-" + String.format("%02d", i % 28 + 1), "OEMC-" + i, "Agency " + i))
                .toList();
        byte[] pdf = new ReportPdf("Quarterly report, 2023 Q2").paragraph("Certifies that nothing happened.")
                .heading("Requests").table(List.of("Received", "OEMC number", "Agency"), new float[] {.3f, .3f, .4f}, rows)
                .render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("Quarterly report, 2023 Q2", "Certifies that nothing happened.", "OEMC-1 ",
                    "OEMC-120", "Page 1 of " + document.getNumberOfPages());
            assertThat(Collections.frequency(List.of(text.split("\\R")), "Received OEMC number Agency"))
                    .isEqualTo(document.getNumberOfPages());
        }
    }

    @Test
    void aLongCellWrapsAndNamesInOtherScriptsPrintAsWritten() throws IOException {
        byte[] pdf = new ReportPdf("Report").table(List.of("Receiving agency"), new float[] {.2f},
                List.of(List.of("Département de police de la Ville, unité des transferts 交通"))).render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Département").contains("交通").doesNotContain("?");
        }
    }
}
