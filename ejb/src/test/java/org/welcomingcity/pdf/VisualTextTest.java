package org.welcomingcity.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VisualTextTest {

    @Test
    void lettersOfAnyScriptAreKeptAsWritten() {
        String text = "Fran\u00e7ois \u0141\u00f3d\u017a \u674e\u5c0f\u9f8d \u0928\u092e\u0938\u094d\u0924\u0947 \u2014 \u201cquoted\u201d \u20ac5 \u00a7 2-173";
        assertThat(VisualText.drawn(text, false)).isEqualTo(text);
    }

    @Test
    void aDecomposedAccentBecomesTheComposedLetter() {
        assertThat(VisualText.plain("Jose\u0301")).isEqualTo("Jos\u00e9");
    }

    @Test
    void spacesOfAnyKindAreSpacesAndInvisibleCharactersGo() {
        assertThat(VisualText.plain("a\tb\u00a0c\u2003d\u200be\u00adf\u0000g")).isEqualTo("a b c defg");
    }

    @Test
    void arabicLettersTakeTheirJoinedFormsAndTheSameLettersBackWhenNormalized() {
        String word = "\u0633\u0644\u0627\u0645"; // salam: seen, lam-alef, meem
        String shaped = VisualText.shaped(word);
        assertThat(shaped).isNotEqualTo(word);
        assertThat(shaped.chars()).as("presentation forms").allMatch(c -> c >= '\ufb50' && c <= '\ufeff');
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo(word);
    }

    @Test
    void anArabicLineIsDrawnFromItsLastLetterWithNumbersAndLatinKeptLeftToRight() {
        String line = "\u0631\u0642\u0645 123 WC-7";
        String drawn = VisualText.drawn(line, true);
        assertThat(drawn).startsWith("WC-7 123 ");
        assertThat(Normalizer.normalize(new StringBuilder(drawn.substring("WC-7 123 ".length())).reverse().toString(),
                Normalizer.Form.NFKC)).isEqualTo("\u0631\u0642\u0645");
    }

    @Test
    void aLeftToRightLineWithoutRightToLeftTextIsLeftAlone() {
        assertThat(VisualText.drawn("Reference WC-2026-000123", false)).isEqualTo("Reference WC-2026-000123");
    }
}
