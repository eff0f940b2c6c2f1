package org.welcomingcity.letters.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welcomingcity.letters.control.LetterLine.Style;
import org.welcomingcity.letters.entity.LetterKind;

class LetterTemplateTest {

    private final Map<String, List<String>> values = Placeholders.of(Letters.content(LetterKind.DECLINE), "Chicago Police Department");

    private List<LetterLine> fill(String template) {
        return LetterTemplate.parse("test.txt", template).fill(values);
    }

    @Test
    void linesStayLinesBlankLinesSeparateParagraphsAndCommentsAreLeftOut() {
        assertThat(fill("# comment\nRe: {reference}\n= Heading {formNumber}\n\nSincerely,\n")).containsExactly(
                new LetterLine(Style.TEXT, "Re: WC-2026-000123"),
                new LetterLine(Style.HEADING, "Heading I-247A"),
                LetterLine.GAP,
                new LetterLine(Style.TEXT, "Sincerely,"));
    }

    @Test
    void aListAloneOnALineGivesOneEntryEachAndInlineIsJoined() {
        assertThat(fill("  {asks}")).containsExactly(
                new LetterLine(Style.ITEM, "hold the person for up to 48 hours after release"),
                new LetterLine(Style.ITEM, "notify ICE of the release date"));
        assertThat(fill("Asked: {asks}.")).containsExactly(new LetterLine(Style.TEXT,
                "Asked: hold the person for up to 48 hours after release; notify ICE of the release date."));
    }

    @Test
    void aLineOfEmptyPlaceholdersIsLeftOutButTextAroundAnEmptyOneStays() {
        Map<String, List<String>> sparse = Map.of("component", List.of(""), "agency", List.of("ICE"), "asks", List.of());
        assertThat(LetterTemplate.parse("t", "{component}\n{asks}\nTo {component}{agency}").fill(sparse))
                .containsExactly(new LetterLine(Style.TEXT, "To ICE"));
    }

    @Test
    void aValueIsNeverReadAsATemplate() {
        Map<String, List<String>> tricky = Map.of("reason", List.of("see {reference} and $1 \\n"));
        assertThat(LetterTemplate.parse("t", "{reason}").fill(tricky))
                .containsExactly(new LetterLine(Style.TEXT, "see {reference} and $1 \\n"));
    }

    @Test
    void aValueWithLineBreaksKeepsThemAndListEntriesAreOneLine() {
        Map<String, List<String>> multi = Map.of("reason", List.of("One.\r\n\r\nTwo."), "asks", List.of("a\nb"));
        assertThat(LetterTemplate.parse("t", "{reason}\n{asks}").fill(multi)).containsExactly(
                new LetterLine(Style.TEXT, "One."), LetterLine.GAP, new LetterLine(Style.TEXT, "Two."),
                new LetterLine(Style.ITEM, "a b"));
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsTheyAre() {
        assertThat(fill("{ not one } {}")).containsExactly(new LetterLine(Style.TEXT, "{ not one } {}"));
    }

    @Test
    void anUnknownPlaceholderOrATemplateWithoutTextIsRefused() {
        assertThatThrownBy(() -> LetterTemplate.parse("decline.txt", "Hello\n\n{Reference}"))
                .isInstanceOf(InvalidLetterTemplateException.class)
                .hasMessageStartingWith("letter template decline.txt: line 3 names {Reference}, which is not one of [agency, agentName, asks");
        assertThatThrownBy(() -> LetterTemplate.parse("decline.txt", "# only a comment\n\n"))
                .isInstanceOf(InvalidLetterTemplateException.class)
                .hasMessage("letter template decline.txt: has no text");
    }

    @Test
    void everyPlaceholderHasAValue() {
        assertThat(values).containsOnlyKeys(Placeholders.NAMES);
    }
}
