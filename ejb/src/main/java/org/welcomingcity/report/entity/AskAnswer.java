package org.welcomingcity.report.entity;

import java.util.List;
import java.util.stream.Collectors;

/** One ask of a listed request with its own answer (PERMITTED, DECLINED, WITH_LEGAL, APPROVED, REFUSED, OPEN). */
public record AskAnswer(String action, String answer) {

    /** For a CSV cell or a PDF table: "EXECUTE_WARRANT: PERMITTED; NOTIFY_RELEASE: DECLINED". */
    public static String line(List<AskAnswer> answers) {
        return answers.stream().map(a -> a.action() + ": " + a.answer()).collect(Collectors.joining("; "));
    }
}
