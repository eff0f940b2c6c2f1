package org.welcomingcity.request.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStateTest {

    @Test
    void aRequestIsBeforeItsDecisionWhileASupervisorHasItOrTheOfficerCorrectsIt() {
        assertThat(RequestState.where(RequestState::isBeforeDecision)).containsExactlyInAnyOrder(
                RequestState.SUBMITTED, RequestState.UNDER_SUPERVISOR_REVIEW, RequestState.RETURNED_FOR_CORRECTION);
    }
}
