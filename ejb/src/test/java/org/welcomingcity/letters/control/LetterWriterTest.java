package org.welcomingcity.letters.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.welcomingcity.letters.entity.CitedRule;
import org.welcomingcity.letters.entity.LetterContent;
import org.welcomingcity.letters.entity.LetterKind;

class LetterWriterTest {

    private final ClassLoader classPath = getClass().getClassLoader();
    private final LetterWriter writer = new LetterWriter(classPath, Optional.empty(), "City of Chicago",
            "Chicago Police Department");

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void eachKindNamesTheAgencyTheRequestTheLawAndTheReason(LetterKind kind) {
        byte[] pdf = writer.write(Letters.content(kind));
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String text = PdfText.of(pdf);
        assertThat(text)
                .startsWith("City of Chicago")
                .contains("March 9, 2026")
                .contains("Agent Dana Whitfield", "Enforcement and Removal Operations",
                        "U.S. Immigration and Customs Enforcement")
                .contains("Our reference: WC-2026-000123")
                .contains("Your immigration detainer (form I-247A), received March 5, 2026")
                .contains("\u2022 hold the person for up to 48 hours after release")
                .contains("\u2022 MCC 2-173-020(a)(1)(C)", "\u2022 MCC 2-173-020(a)(3)")
                .doesNotContain("WCO2021-DETAIN-DETAINER", "Chicago police do not hold people", "[L]")
                .contains("Chicago Police Department").doesNotContain("City of Chicago Police Department")
                .contains(Letters.REASON)
                .contains("Sgt. Maria Kowalski", "Watch Commander, 12th District")
                .contains("Reference WC-2026-000123 \u00b7 Page 1 of 1")
                .doesNotContain("{", "null");
        assertThat(PdfText.pageCount(pdf)).isEqualTo(1);
    }

    @Test
    void theKindsSayWhoDecided() {
        assertThat(PdfText.of(writer.write(Letters.content(LetterKind.DECLINE))))
                .contains("declines it").doesNotContain("legal department");
        assertThat(PdfText.of(writer.write(Letters.content(LetterKind.LEGAL_REFUSAL))))
                .contains("The legal department has reviewed the request and refuses it")
                .as("a refusal that can be reviewed never says it is final").doesNotContainIgnoringCase("final");
    }

    @Test
    void anExplanationStandsInOnlyForAMissingCitation() {
        assertThat(Placeholders.cited(new CitedRule(" MCC 2-173-020 ", "R1", "Do not hold the person. [L]")))
                .isEqualTo("MCC 2-173-020");
        assertThat(Placeholders.cited(new CitedRule(null, "R1", "A provision without a citation")))
                .isEqualTo("A provision without a citation");
    }

    @Test
    void aLongReasonWrapsAndGoesOnToASecondPage() {
        String reason = "The detainer names no criminal charge and no judge signed it. ".repeat(60) + "End of the reason.";
        byte[] pdf = writer.write(withReason(Letters.content(LetterKind.DECLINE), reason));
        assertThat(PdfText.pageCount(pdf)).isEqualTo(2);
        assertThat(PdfText.pages(pdf, 1, 1)).startsWith("City of Chicago")
                .contains("The detainer names no criminal charge").doesNotContain("End of the reason.")
                .endsWith("Reference WC-2026-000123 \u00b7 Page 1 of 2");
        assertThat(PdfText.pages(pdf, 2, 2)).contains("The detainer names no criminal charge")
                .contains("End of the reason.", "Sincerely,", "Sgt. Maria Kowalski")
                .endsWith("Reference WC-2026-000123 \u00b7 Page 2 of 2");
        String withoutFooters = PdfText.of(pdf).replace(" Reference WC-2026-000123 \u00b7 Page 1 of 2", "");
        assertThat(withoutFooters).contains(reason.strip());
    }

    @Test
    void aReasonInParagraphsKeepsThem() {
        byte[] pdf = writer.write(withReason(Letters.content(LetterKind.DECLINE), "First point.\n\nSecond point."));
        assertThat(PdfText.of(pdf)).contains("First point. Second point.");
    }

    @Test
    void aCityTemplateReplacesTheShippedOneOfTheSameName(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("decline.txt"), """
                # Evanston's own wording
                To {agency}: request {reference} is declined.

                {citations}
                """);
        LetterWriter evanston = new LetterWriter(classPath, Optional.of(directory), "City of Evanston",
                "Evanston Police Department");
        String decline = PdfText.of(evanston.write(Letters.content(LetterKind.DECLINE)));
        assertThat(decline).startsWith("City of Evanston")
                .contains("To U.S. Immigration and Customs Enforcement: request WC-2026-000123 is declined.")
                .contains("\u2022 MCC 2-173-020(a)(1)(C)")
                .doesNotContain("Sincerely", "Evanston's own wording");
        // no legal-refusal.txt there: the shipped one
        assertThat(PdfText.of(evanston.write(Letters.content(LetterKind.LEGAL_REFUSAL)))).contains("Sincerely,");
    }

    @Test
    void aTemplateDirectoryThatDoesNotExistIsRefused(@TempDir Path directory) {
        Path missing = directory.resolve("letterz");
        assertThatThrownBy(() -> new LetterWriter(classPath, Optional.of(missing), "City of Chicago", "Chicago Police Department"))
                .isInstanceOf(InvalidLetterTemplateException.class)
                .hasMessage("letter template " + missing + ": the template directory does not exist");
    }

    @Test
    void aTemplateNamingAnUnknownPlaceholderIsRefusedWhenTheWriterIsMade(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("legal-refusal.txt");
        Files.writeString(template, "# a comment\nDear {agent}:\n");
        assertThatThrownBy(() -> new LetterWriter(classPath, Optional.of(directory), "City of Chicago", "Chicago Police Department"))
                .isInstanceOf(InvalidLetterTemplateException.class)
                .hasMessageStartingWith("letter template " + template + ": line 2 names {agent}, which is not one of [")
                .hasMessageContaining("agentName");
    }

    @Test
    void missingValuesPrintAsNothing() {
        LetterContent sparse = new LetterContent(LetterKind.DECLINE, "WC-2026-000124", "U.S. Customs and Border Protection",
                null, null, null, null, null, null, null, null, null, null, null, null);
        String text = PdfText.of(writer.write(sparse));
        assertThat(text).contains("City of Chicago", "Our reference: WC-2026-000124", "U.S. Customs and Border Protection")
                .contains("Dear :")
                .doesNotContain("null", "{", "\u2022");
    }

    @Test
    void namesInAnyOfTheCitysScriptsPrintAsWrittenAndOnlyWhatNoFontHasBecomesAQuestionMark() {
        LetterContent content = Letters.content(LetterKind.DECLINE);
        LetterContent foreign = new LetterContent(content.kind(), content.reference(), content.agency(), content.component(),
                "Jos\u00e9 \u00d1\u00fa\u00f1ez \u674e\u5c0f\u9f8d \u0141\u00f3d\u017a", content.receivedOn(), content.documentType(),
                content.formNumber(), List.of("hold \u201cthe person\u201d \ud83d\ude00 \u2013 48\u00a0hours"),
                List.of(new CitedRule("MCC 2-173-020", "r\u200b1", "Caf\u0065\u0301 \u2260 law")),
                "Reason\twith a tab and a bell\u0007.", content.signerName(), content.signerTitle(), null, content.letterDate());
        String text = PdfText.of(writer.write(foreign));
        assertThat(text).contains("Jos\u00e9 \u00d1\u00fa\u00f1ez \u674e\u5c0f\u9f8d \u0141\u00f3d\u017a")
                .contains("hold \u201cthe person\u201d ? \u2013 48 hours")
                .contains("\u2022 MCC 2-173-020").doesNotContain("(rule")
                .contains("Reason with a tab and a bell.");
    }

    @Test
    void theContentsCityWinsOverTheSetting() {
        String text = PdfText.of(writer.write(Letters.content(LetterKind.DECLINE).withCityName("City of Evanston")));
        assertThat(text).startsWith("City of Evanston").doesNotContain("City of Chicago");
    }

    private static LetterContent withReason(LetterContent content, String reason) {
        return new LetterContent(content.kind(), content.reference(), content.agency(), content.component(),
                content.agentName(), content.receivedOn(), content.documentType(), content.formNumber(), content.asks(),
                content.citations(), reason, content.signerName(), content.signerTitle(), content.cityName(),
                content.letterDate());
    }
}
