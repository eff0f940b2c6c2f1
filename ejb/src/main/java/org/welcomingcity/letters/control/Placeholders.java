package org.welcomingcity.letters.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.welcomingcity.letters.entity.CitedRule;
import org.welcomingcity.letters.entity.LetterContent;

/**
 * The values a template may use, named like the fields of {@link LetterContent}. Each value is
 * a list of texts: one for a plain field, one an entry for the asks and the citations.
 */
final class Placeholders {

    /** As listed in the templates' README; a template naming anything else is refused. */
    static final Set<String> NAMES = Set.of("reference", "agency", "component", "agentName", "receivedOn",
            "documentType", "formNumber", "asks", "citations", "reason", "signerName", "signerTitle", "cityName",
            "department", "letterDate");

    /** The placeholders with a value per entry: alone on a line, a bulleted list. */
    static final Set<String> LISTS = Set.of("asks", "citations");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private Placeholders() {
    }

    static Map<String, List<String>> of(LetterContent content, String department) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("reference", one(content.reference()));
        values.put("agency", one(content.agency()));
        values.put("component", one(content.component()));
        values.put("agentName", one(content.agentName()));
        values.put("receivedOn", one(date(content.receivedOn())));
        values.put("documentType", one(content.documentType()));
        values.put("formNumber", one(content.formNumber()));
        values.put("asks", content.asks().stream().map(String::strip).filter(ask -> !ask.isEmpty()).toList());
        values.put("citations", content.citations().stream().map(Placeholders::cited).toList());
        values.put("reason", one(content.reason()));
        values.put("signerName", one(content.signerName()));
        values.put("signerTitle", one(content.signerTitle()));
        values.put("cityName", one(content.cityName()));
        values.put("department", one(department));
        values.put("letterDate", one(date(content.letterDate())));
        return values;
    }

    /**
     * The provision as a lawyer cites it, such as "MCC 2-173-020(a)(1)(C)". The rule's id and its
     * explanation stay inside: the explanation instructs officers and notes what legal must
     * confirm, which is not for the agency. Falls back to the explanation without a citation.
     */
    static String cited(CitedRule rule) {
        String citation = text(rule.citation());
        return citation.isEmpty() ? text(rule.explanation()) : citation;
    }

    private static List<String> one(String value) {
        return List.of(text(value));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
