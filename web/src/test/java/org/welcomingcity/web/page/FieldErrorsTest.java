package org.welcomingcity.web.page;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void eachFieldGetsItsOwnProblem() {
        assertThat(FieldErrors.parse("eventNumber: required; asks: at least one ask is required (what the agency"
                + " wants done); file: the file is empty"))
                .containsExactly(entry("eventNumber", "required"),
                        entry("asks", "at least one ask is required (what the agency wants done)"),
                        entry("file", "the file is empty"));
    }

    @Test
    void aSecondClauseOfOneProblemStaysWithIt() {
        assertThat(FieldErrors.parse("subjectReference: a CPD record number is expected (IR 1234567); never a name;"
                + " documentType: form I-200 is a DHS form, not a judicial document; a judge's signature and a court"
                + " caption make a document judicial"))
                .containsEntry("subjectReference", "a CPD record number is expected (IR 1234567); never a name")
                .containsEntry("documentType", "form I-200 is a DHS form, not a judicial document; a judge's"
                        + " signature and a court caption make a document judicial");
    }

    @Test
    void aMessageWithoutAFieldGoesToTheSummary() {
        assertThat(FieldErrors.parse("Only a SUPERVISOR may 'decline' a request."))
                .containsExactly(entry("", "Only a SUPERVISOR may 'decline' a request."));
    }
}
