package org.welcomingcity.ordinance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @Test
    void theOrderOfRestrictionIsDeclineLegalReferSupervisorPermittedNoAction() {
        assertThat(Outcome.values()).containsExactly(Outcome.DECLINE, Outcome.LEGAL, Outcome.REFER, Outcome.SUPERVISOR,
                Outcome.PERMITTED, Outcome.NO_ACTION);
        assertThat(Outcome.DECLINE.isMoreRestrictiveThan(Outcome.LEGAL)).isTrue();
        assertThat(Outcome.LEGAL.isMoreRestrictiveThan(Outcome.LEGAL)).isFalse();
        assertThat(Outcome.NO_ACTION.isMoreRestrictiveThan(Outcome.PERMITTED)).isFalse();
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            "DECLINE, NO_ACTION, DECLINE", "NO_ACTION, DECLINE, DECLINE", "LEGAL, SUPERVISOR, LEGAL",
            "PERMITTED, SUPERVISOR, SUPERVISOR", "PERMITTED, NO_ACTION, PERMITTED", "LEGAL, DECLINE, DECLINE",
            "SUPERVISOR, SUPERVISOR, SUPERVISOR", "REFER, LEGAL, LEGAL", "REFER, DECLINE, DECLINE",
            "REFER, SUPERVISOR, REFER"})
    void theMostRestrictiveWinsWhicheverComesFirst(Outcome one, Outcome other, Outcome winner) {
        assertThat(one.mostRestrictive(other)).isEqualTo(winner);
        assertThat(other.mostRestrictive(one)).isEqualTo(winner);
    }

    @Test
    void everyOutcomeSaysWhatToDo() {
        assertThat(Outcome.values()).allSatisfy(outcome -> assertThat(outcome.meaning()).isNotBlank());
    }
}
