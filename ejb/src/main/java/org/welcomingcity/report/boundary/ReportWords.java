package org.welcomingcity.report.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.welcomingcity.report.entity.AskAnswer;

/**
 * The words people read for the codes in a report, so that a PDF says what the report pages say:
 * "ICE (Immigration and Customs Enforcement)", not ICE; "Release date", not DISCLOSE_RELEASE_DATE.
 * The texts belong to the pages' bundle in the web module; the PDFs are made here, so the words are
 * handed in.
 */
@FunctionalInterface
public interface ReportWords extends Serializable {

    /** What a code in a report stands for. */
    enum Kind { AGENCY, DOCUMENT_TYPE, OUTCOME, STATE, ASK, ANSWER, DISPOSITION }

    /** The words for {@code code}, one of {@code kind}; the code itself where there are none. */
    String of(Kind kind, String code);

    /** Each ask with its answer, in words: "Hold the person: Declined by the supervisor; …". */
    default String answers(List<AskAnswer> answers) {
        return answers.stream().map(a -> of(Kind.ASK, a.action()) + ": " + of(Kind.ANSWER, a.answer()))
                .collect(Collectors.joining("; "));
    }

    /** A key of the counts by ask and answer, "ACTION: ANSWER", in words. */
    default String askAndAnswer(String key) {
        int colon = key.indexOf(": ");
        return colon < 0 ? key : of(Kind.ASK, key.substring(0, colon)) + ": " + of(Kind.ANSWER, key.substring(colon + 2));
    }
}
