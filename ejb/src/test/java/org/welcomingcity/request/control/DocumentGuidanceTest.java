package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.entity.DocumentType;

class DocumentGuidanceTest {

    @ParameterizedTest(name = "{0} signed by {1} -> {3}")
    @CsvSource({
            "I-247A, Deportation Officer, false, DETAINER",
            "i247d, , false, DETAINER",
            "I-200, Supervisory Officer, false, ADMINISTRATIVE_WARRANT",
            "I-205, Field Office Director, false, ADMINISTRATIVE_WARRANT",
            ", United States Magistrate Judge, true, JUDICIAL_WARRANT",
            ", District Judge, true, JUDICIAL_WARRANT"})
    void formsAndSignersSuggestTheType(String form, String signer, boolean caption, DocumentType expected) {
        assertThat(DocumentGuidance.suggest(form, signer, caption)).contains(expected);
    }

    @Test
    void anImmigrationJudgeDoesNotMakeADocumentJudicial() {
        assertThat(DocumentGuidance.suggest(null, "Immigration Judge", true)).isEmpty();
    }

    @Test
    void aJudgeWithoutACourtCaptionIsNotEnoughToSay() {
        assertThat(DocumentGuidance.suggest(null, "Judge", false)).isEmpty();
    }

    @Test
    void aDhsFormNumberTypedWithWordsAroundItIsStillADhsForm() {
        assertThat(DocumentGuidance.suggest("Form I-200", "United States District Judge", true))
                .contains(DocumentType.ADMINISTRATIVE_WARRANT);
        assertThat(DocumentGuidance.contradiction(DocumentType.JUDICIAL_WARRANT, "DHS Form I-200")).isPresent();
    }

    @Test
    void onlyCallingADhsFormJudicialIsAContradiction() {
        assertThat(DocumentGuidance.contradiction(DocumentType.COURT_ORDER, "I-205")).isPresent();
        assertThat(DocumentGuidance.contradiction(DocumentType.OTHER, "I-205")).isEmpty();
        assertThat(DocumentGuidance.contradiction(DocumentType.COURT_ORDER, null)).isEmpty();
    }
}
