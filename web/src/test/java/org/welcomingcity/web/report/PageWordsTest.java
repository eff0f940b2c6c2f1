package org.welcomingcity.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.boundary.ReportWords.Kind;
import org.welcomingcity.report.entity.PackInForce;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.PublicAggregate;
import org.welcomingcity.report.entity.PublicAggregate.Cell;
import org.welcomingcity.report.entity.PublicAggregate.Table;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.Answer;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.entity.Disposition;

class PageWordsTest {

    private static final Map<Kind, Enum<?>[]> CODES = Map.of(Kind.AGENCY, Agency.values(), Kind.DOCUMENT_TYPE,
            DocumentType.values(), Kind.OUTCOME, Outcome.values(), Kind.STATE, RequestState.values(), Kind.ASK,
            RequestedAction.values(), Kind.ANSWER, Answer.values(), Kind.DISPOSITION, Disposition.values());

    private final PageWords words = new PageWords();

    @Test
    void everyCodeAReportCanShowHasWords() {
        assertThat(CODES).containsOnlyKeys(Kind.values());
        CODES.forEach((kind, codes) -> Stream.of(codes).forEach(code -> assertThat(words.of(kind, code.name()))
                .as("%s %s", kind, code).isNotBlank().isNotEqualTo(code.name())));
    }

    @Test
    void aKeyOfTheCountsByAskAndAnswerReadsAsBoth() {
        assertThat(words.askAndAnswer("DISCLOSE_RELEASE_DATE: DECLINED")).isEqualTo("Release date: Declined by the supervisor");
    }

    @Test
    void thePublicAggregatePdfShowsNoCode() throws IOException {
        Provenance provenance = new Provenance("City of Chicago", OffsetDateTime.parse("2026-11-26T16:00:00Z"),
                "auditor", List.of(new PackInForce("chicago-wco-2021", "1", "Welcoming City Ordinance",
                        LocalDate.of(2021, 8, 2), null)), 42, "ab".repeat(32));
        PublicAggregate aggregate = new PublicAggregate(ReportPeriod.year(2025, LocalDate.of(2026, 12, 1)), 5,
                new Cell("Requests", 23L, false), List.of(
                        new Table("Agency", List.of(new Cell("ICE", 20L, false), new Cell("CBP", null, true))),
                        new Table("Document type", List.of(new Cell("DETAINER", 12L, false),
                                new Cell("JUDICIAL_WARRANT", 11L, false))),
                        new Table("Ask", List.of(new Cell("DISCLOSE_RELEASE_DATE", 9L, false))),
                        new Table("Outcome", List.of(new Cell("DECLINE", 12L, false), new Cell("LEGAL", 11L, false)))),
                provenance);

        byte[] pdf = ReportPdfs.of(ZoneId.of("America/Chicago"), words).publicAggregate(aggregate);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ICE (Immigration and Customs Enforcement)", "Release date", "Decline",
                    "Produced 2026-11-26 10:00 CST by auditor")
                    .doesNotContainPattern("\\b(ICE|CBP|DETAINER|JUDICIAL_WARRANT|DISCLOSE_RELEASE_DATE|DECLINE|LEGAL)\\b(?! \\()");
        }
    }
}
