package org.welcomingcity.letters.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.welcomingcity.letters.control.LetterLine.Style;

/**
 * A letter template: plain text with {@code {placeholders}}. Lines starting with {@code #} are
 * comments; every other line starts a new line of the letter; a blank line separates
 * paragraphs; {@code "= "} at the start sets a line in bold. A list placeholder alone on a line
 * gives one bulleted entry a value, elsewhere its values joined by "; ". A line whose
 * placeholders are all empty and that has no other text is left out, so an unknown agent's
 * name leaves no blank line.
 */
final class LetterTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String HEADING = "= ";

    private final List<String> lines;

    private LetterTemplate(List<String> lines) {
        this.lines = lines;
    }

    /** The template, checked: a placeholder with a name not in {@link Placeholders#NAMES} is refused. */
    static LetterTemplate parse(String source, String text) {
        List<String> kept = new ArrayList<>();
        List<String> raw = text.lines().toList();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(line);
            while (placeholder.find()) {
                if (!Placeholders.NAMES.contains(placeholder.group(1))) {
                    throw new InvalidLetterTemplateException(source, "line " + (i + 1) + " names {" + placeholder.group(1)
                            + "}, which is not one of " + new TreeSet<>(Placeholders.NAMES));
                }
            }
            kept.add(line.stripTrailing());
        }
        if (kept.stream().allMatch(String::isBlank)) {
            throw new InvalidLetterTemplateException(source, "has no text");
        }
        return new LetterTemplate(kept);
    }

    List<LetterLine> fill(Map<String, List<String>> values) {
        List<LetterLine> filled = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                filled.add(LetterLine.GAP);
            } else if (line.startsWith(HEADING)) {
                addFilled(filled, Style.HEADING, line.substring(HEADING.length()), values);
            } else {
                addFilled(filled, Style.TEXT, line, values);
            }
        }
        return filled;
    }

    private static void addFilled(List<LetterLine> filled, Style style, String line, Map<String, List<String>> values) {
        Matcher alone = PLACEHOLDER.matcher(line.strip());
        if (alone.matches() && Placeholders.LISTS.contains(alone.group(1))) {
            values.get(alone.group(1)).forEach(entry -> filled.add(new LetterLine(Style.ITEM, oneLine(entry))));
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(line);
        boolean hasPlaceholder = placeholder.find();
        String text = placeholder.replaceAll(found -> Matcher.quoteReplacement(String.join("; ", values.get(found.group(1)))));
        if (hasPlaceholder && text.isBlank()) {
            return;
        }
        // a value may hold paragraphs of its own, such as a reason written in several
        for (String part : text.split("\\R", -1)) {
            filled.add(part.isBlank() ? LetterLine.GAP : new LetterLine(style, part.stripTrailing()));
        }
    }

    private static String oneLine(String entry) {
        return entry.replaceAll("\\s*\\R\\s*", " ");
    }
}
