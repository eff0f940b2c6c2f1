package org.welcomingcity.personforms.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.personforms.entity.FormTexts;
import org.welcomingcity.personforms.entity.PersonForm;

class PersonFormPdfTest {

    private static final String DEPARTMENT = "Chicago Police Department";

    @Test
    void theArabicConsentFormReadsBackInArabicInReadingOrder() throws IOException {
        FormTexts arabic = FormTexts.in(FormLanguage.ARABIC);
        String text = readBack(PersonFormPdf.render(PersonForm.CONSENT, arabic, "City of Chicago", DEPARTMENT));
        assertThat(text).contains(folded(arabic.text("consent.title")))
                .contains(folded(arabic.text("consent.p2")))
                .contains(folded(arabic.text("consent.agree", DEPARTMENT, "City of Chicago")))
                .contains(folded(arabic.text("consent.signature")));
    }

    @Test
    void theChineseConsentFormReadsBackInChinese() throws IOException {
        FormTexts chinese = FormTexts.in(FormLanguage.CHINESE);
        // lines of Chinese break between any two characters, and a reader copies each break as a space
        String text = readBack(PersonFormPdf.render(PersonForm.CONSENT, chinese, "City of Chicago", DEPARTMENT))
                .replace(" ", "");
        assertThat(text).contains(folded(chinese.text("consent.title")).replace(" ", ""))
                .contains(folded(chinese.text("consent.agree", DEPARTMENT, "City of Chicago")).replace(" ", ""))
                .contains("2026.1");
    }

    @ParameterizedTest
    @EnumSource(FormLanguage.class)
    void everyFormInEveryLanguageNamesItsLanguageAndVersionOnEachPageAndStaysSmall(FormLanguage language)
            throws IOException {
        FormTexts texts = FormTexts.in(language);
        for (PersonForm form : PersonForm.values()) {
            byte[] pdf = PersonFormPdf.render(form, texts, "City of Chicago", DEPARTMENT);
            assertThat(pdf.length).as(form + " " + language).isLessThan(120_000);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentInformation().getSubject())
                        .isEqualTo(form.key() + " " + language.tag() + " " + texts.version());
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(document)).as(form + " " + language + " page " + page)
                            .contains(texts.version()).doesNotContain("?");
                }
            }
        }
    }

    /** How a reader copies text out: Arabic letters back from their joined forms, white space folded. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static String readBack(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return folded(new PDFTextStripper().getText(document));
        }
    }
}
