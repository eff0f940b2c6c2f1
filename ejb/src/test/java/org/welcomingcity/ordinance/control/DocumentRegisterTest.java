package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomingcity.ordinance.entity.DocumentType;

class DocumentRegisterTest {

    private static final DocumentRegister SHIPPED = DocumentRegister.shipped();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I-247A         | DETAINER
            i247d          | DETAINER
            Form I-247X    | DETAINER
            I-200          | ADMINISTRATIVE_WARRANT
            DHS Form I-200 | ADMINISTRATIVE_WARRANT
            I 203          | ADMINISTRATIVE_WARRANT
            I-205          | ADMINISTRATIVE_WARRANT
            I-286          | ADMINISTRATIVE_WARRANT
            I-862          | ADMINISTRATIVE_WARRANT
            I-138          | OTHER
            """)
    void theShippedRegisterKnowsTheDhsForms(String form, DocumentType type) {
        assertThat(SHIPPED.dhsForm(form)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "AO 442", "1:26-cr-00017"})
    void courtFormsAndCaseNumbersAreNoDhsForm(String form) {
        assertThat(SHIPPED.dhsForm(form)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            United States District Judge                  | true
            United States Magistrate Judge                | true
            Circuit Judge, Cook County                    | true
            Associate Judge                               | true
            Immigration Judge                             | false
            Administrative Law Judge                      | false
            Supervisory Detention and Deportation Officer | false
            Field Office Director                         | false
            ICE Judge Advocate                            | false
            Clerk of the Court                            | false
            """)
    void onlyAJudgeOrMagistrateOfACourtSignsAJudicialDocument(String title, boolean judge) {
        assertThat(SHIPPED.judgeOfACourt(title)).isEqualTo(judge);
    }

    @Test
    void aDhsFormListedAsJudicialIsRefused() {
        assertThatThrownBy(() -> read("dhs-form.I-200=JUDICIAL_WARRANT\nsigner.judge-words=JUDGE\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test, dhs-form.I-200: a DHS form is never judicial (JUDICIAL_WARRANT)");
    }

    @Test
    void unknownSettingsAndTypesAreRefusedByName() {
        assertThatThrownBy(() -> read("dhs-form.I-200=ADMIN\nsigner.judge-words=JUDGE\n"))
                .hasMessage("test, dhs-form.I-200: unknown document type 'ADMIN'");
        assertThatThrownBy(() -> read("dhs-forms.I-200=DETAINER\nsigner.judge-words=JUDGE\n"))
                .hasMessageStartingWith("test, dhs-forms.I-200: unknown setting");
        assertThatThrownBy(() -> read("dhs-form.I-200=DETAINER\n"))
                .hasMessage("test: lists no DHS form or no judge word");
    }

    @Test
    void legalExtendsTheListWithALine() {
        DocumentRegister extended = read("dhs-form.I-200=ADMINISTRATIVE_WARRANT\ndhs-form.I-999=ADMINISTRATIVE_WARRANT\n"
                + "signer.judge-words=JUDGE\nsigner.not-judge-words=IMMIGRATION\n");
        assertThat(extended.dhsForm("I-999")).contains(DocumentType.ADMINISTRATIVE_WARRANT);
    }

    private static DocumentRegister read(String text) {
        return DocumentRegister.read("test", new StringReader(text));
    }
}
