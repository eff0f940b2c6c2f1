package org.welcomingcity.web.page;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.FieldProblem;

class FieldErrorsTest {

    @Test
    void eachFieldGetsItsOwnProblemInTheOrderGiven() {
        assertThat(FieldErrors.byField(List.of(new FieldProblem("eventNumber", "required"),
                new FieldProblem("asks", "at least one ask is required"), new FieldProblem("file", "the file is empty"))))
                .containsExactly(entry("eventNumber", "required"), entry("asks", "at least one ask is required"),
                        entry("file", "the file is empty"));
    }

    @Test
    void twoProblemsOfOneFieldReadAsOne() {
        assertThat(FieldErrors.byField(List.of(new FieldProblem("at", "lies in the future"),
                new FieldProblem("at", "before the request was received"))))
                .containsExactly(entry("at", "lies in the future; before the request was received"));
    }

    @Test
    void aProblemWithoutAFieldGoesToTheSummary() {
        assertThat(FieldErrors.byField(List.of(FieldProblem.ofInput("Only a SUPERVISOR may decline a request."))))
                .containsExactly(entry("", "Only a SUPERVISOR may decline a request."));
    }
}
