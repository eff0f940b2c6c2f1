package org.welcomingcity.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aNameOrUnitIsOneLineOfWhatItShows() {
        assertThat("Sgt. Dana O'Brien-Núñez").matches(PlainText.ONE_LINE);
        assertThat("District 003 · 😀 Ω").matches(PlainText.ONE_LINE);
        assertThat("").matches(PlainText.ONE_LINE);
    }

    @Test
    void controlCharactersAndTextDirectionMarksAreRefused() {
        for (String hidden : new String[] {"a\u0000b", "District\u202E300", "\u200F\u2066x", "line\nbreak", "tab\there",
            "\u061Cx", "x\u2069"}) {
            assertThat(hidden).as(hidden.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .doesNotMatch(PlainText.ONE_LINE);
        }
    }

    @Test
    void textMayRunOverLinesAndIsOtherwiseTheSameRuleAsOneLine() {
        assertThat("Line one\nline two\r\n\tand a tab").matches(PlainText.TEXT);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
            assertThat(String.valueOf(c).matches(PlainText.TEXT)).as(Integer.toHexString(c))
                    .isEqualTo(lineBreakOrTab || String.valueOf(c).matches(PlainText.ONE_LINE));
        }
    }
}
