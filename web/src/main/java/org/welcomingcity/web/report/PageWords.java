package org.welcomingcity.web.report;

import static org.welcomingcity.report.boundary.ReportWords.Kind.*;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.welcomingcity.report.boundary.ReportWords;

/**
 * The report PDFs' words for codes: the pages' own texts, in English, the language of the reports
 * the city files (whatever language the person producing one reads the pages in).
 */
final class PageWords implements ReportWords {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "org.welcomingcity.web.i18n.messages";

    /** Where the pages keep the words of each kind of code. */
    static final Map<Kind, String> PREFIXES = Map.of(AGENCY, "review.agency.", DOCUMENT_TYPE, "law.documentType.",
            OUTCOME, "law.outcome.", STATE, "review.state.", ASK, "review.ask.", ANSWER, "review.answer.",
            DISPOSITION, "review.disposition.");

    @Override
    public String of(Kind kind, String code) {
        if (code == null) {
            return "";
        }
        // Locale.ROOT: the base bundle, never the server's own locale's
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        String key = PREFIXES.get(kind) + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }
}
