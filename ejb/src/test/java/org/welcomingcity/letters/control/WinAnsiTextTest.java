package org.welcomingcity.letters.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WinAnsiTextTest {

    @Test
    void westernLettersAndTypographyAreKept() {
        String text = "Fran\u00e7ois M\u00fcller-\u00d8stergaard \u2014 \u201cquoted\u201d \u2018x\u2019 \u2022 \u20ac5 \u00a7 2-173";
        assertThat(WinAnsiText.of(text)).isEqualTo(text);
    }

    @Test
    void aDecomposedAccentBecomesTheComposedLetter() {
        assertThat(WinAnsiText.of("Jose\u0301")).isEqualTo("Jos\u00e9");
    }

    @Test
    void otherScriptsAndSymbolsBecomeQuestionMarksOneACharacter() {
        assertThat(WinAnsiText.of("\u0141\u00f3d\u017a \u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac \ud83d\ude00"))
                .isEqualTo("?\u00f3d? ?????? ?? ?");
    }

    @Test
    void spacesOfAnyKindAreSpacesAndInvisibleCharactersGo() {
        assertThat(WinAnsiText.of("a\tb\u00a0c\u2003d\u200be\u00adf\u0000g")).isEqualTo("a b c defg");
    }
}
