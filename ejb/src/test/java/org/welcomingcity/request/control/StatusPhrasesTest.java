package org.welcomingcity.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.StatusPhrases;
import org.welcomingcity.request.entity.FederalRequest;
import org.welcomingcity.request.entity.Intake;
import org.welcomingcity.review.control.StepRules;
import org.welcomingcity.review.entity.Fixtures;
import org.welcomingcity.review.entity.StepInput;
import org.welcomingcity.review.entity.WorkflowStep;

/** Free text never records a person's citizenship or immigration status, not even in a note. */
class StatusPhrasesTest {

    private static final Instant NOW = Fixtures.MONDAY_NOON.toInstant().plusSeconds(600);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Subject is undocumented, hold for pickup           | undocumented
            ICE says he is an ILLEGAL ALIEN                    | illegal alien
            visa overstay, removal pending                     | visa overstay
            Person is not a U.S. citizen                       | not a U.S. citizen
            not a US citizen                                   | not a U.S. citizen
            Green-card holder per agent                        | green card holder
            """)
    void aPhraseThatStatesStatusIsFoundHoweverItIsWritten(String text, String phrase) {
        assertThat(StatusPhrases.shipped().foundIn(text)).contains(phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Civil immigration enforcement", "Execute a federal criminal warrant for re-entry",
            "Agent asks for the release date", "Administrative warrant I-200 presented", "Warrant for Arrest of Alien",
            "asks whether the person is in custody"})
    void whatTheAgencyAsksMayBeWritten(String text) {
        assertThat(StatusPhrases.shipped().foundIn(text)).isEmpty();
    }

    @Test
    void theIntakeNamesTheStatedPurposeAndWhy() {
        Intake order = Fixtures.courtOrder();
        Intake stated = new Intake(order.eventNumber(), order.oemcNumber(), order.receivedAt(), order.agency(),
                order.agencyComponent(), order.agentName(), order.agentBadge(), order.agentContact(),
                order.identityCheck(), order.channel(), order.documentType(), order.formNumber(), order.signerTitle(),
                order.courtCaption(), order.subjectReference(), order.custody(), Set.copyOf(order.asks()),
                order.purpose(), "Hold him, he is undocumented", order.consent(), null, null, null, null, null);
        assertThatThrownBy(() -> IntakeRules.check(stated, NOW, CHICAGO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("statedPurpose: must not state a person's citizenship or immigration status"
                        + " (\"undocumented\")");
    }

    @Test
    void aStepsReasonOrNoteNamesTheFieldAndWhy() {
        Caller sergeant = new Caller("sergeant", Set.of(Role.SUPERVISOR), "District 1");
        FederalRequest reviewing = Fixtures.after(Fixtures.submitted(Fixtures.courtOrder(), "officer", Outcome.DECLINE),
                WorkflowStep.START_REVIEW);
        assertThatThrownBy(() -> StepRules.check(sergeant, reviewing, WorkflowStep.DECLINE,
                StepInput.withReason("Declined although the subject is a lawful permanent resident")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("reason: must not state a person's citizenship or immigration status");
        assertThatCode(() -> StepRules.check(sergeant, reviewing, WorkflowStep.DECLINE,
                StepInput.withReason("A detainer is not a judge's order (MCC 2-173-020(a)(1)(C))")))
                .doesNotThrowAnyException();
    }

    @Test
    void legalExtendsTheListAndAnEmptyListIsRefused() {
        StatusPhrases extended = StatusPhrases.read("test", new StringReader("# local\nundocumented\nsin papeles\n"));
        assertThat(extended.foundIn("Está sin papeles")).contains("sin papeles");
        assertThatThrownBy(() -> StatusPhrases.read("test", new StringReader("# nothing\n\n")))
                .hasMessage("test: lists no phrase");
    }
}
