package org.welcomingcity.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The caller's input is wrong. It carries each problem with its field, so that a page shows it
 * at the field and the API returns it as data; the message joins them for a person to read.
 */
public class InvalidInputException extends UseCaseException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String problem) {
        this(List.of(new FieldProblem(field, problem)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
