package org.welcomingcity.ordinance.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    static final Set<SubjectFact> CARVE_OUTS = Set.of(SubjectFact.values());

    @Test
    void aFactLeftOutMatchesAnyValueAListedOneMustMatch() {
        Conditions detainerHold = new Conditions(Set.of(DocumentType.DETAINER), Set.of(RequestedAction.DETAIN),
                null, null, null, null, null);

        assertThat(detainerHold.matches(facts(DocumentType.DETAINER, RequestedAction.DETAIN, SubjectHistory.NONE))).isTrue();
        assertThat(detainerHold.matches(facts(DocumentType.DETAINER, RequestedAction.ACCESS_PERSON, SubjectHistory.NONE))).isFalse();
        assertThat(detainerHold.matches(facts(DocumentType.COURT_ORDER, RequestedAction.DETAIN, SubjectHistory.NONE))).isFalse();
    }

    @Test
    void subjectAnyNeedsOneTrueFactAndSubjectNoneNeedsAllFalse() {
        Conditions carveOut = new Conditions(null, null, null, null, null, Set.of(SubjectFact.FELONY_CONVICTION,
                SubjectFact.PENDING_FELONY_CHARGE), null);
        Conditions noCarveOut = new Conditions(null, null, null, null, null, null, CARVE_OUTS);
        SubjectHistory felony = SubjectHistory.of(Set.of(SubjectFact.FELONY_CONVICTION));
        SubjectHistory gang = SubjectHistory.of(Set.of(SubjectFact.GANG_DATABASE));

        assertThat(carveOut.matches(facts(DocumentType.DETAINER, RequestedAction.DETAIN, felony))).isTrue();
        assertThat(carveOut.matches(facts(DocumentType.DETAINER, RequestedAction.DETAIN, gang))).isFalse();
        assertThat(noCarveOut.matches(facts(DocumentType.DETAINER, RequestedAction.DETAIN, SubjectHistory.NONE))).isTrue();
        assertThat(noCarveOut.matches(facts(DocumentType.DETAINER, RequestedAction.DETAIN, gang))).isFalse();
    }

    @Test
    void conditionsAreImmutableAndKnowWhenTheyAreEmpty() {
        Set<RequestedAction> actions = new HashSet<>(Set.of(RequestedAction.DETAIN));
        Conditions conditions = new Conditions(null, actions, null, null, null, null, null);
        actions.add(RequestedAction.ACCESS_PERSON);

        assertThat(conditions.actions()).containsExactly(RequestedAction.DETAIN);
        assertThatThrownBy(() -> conditions.actions().add(RequestedAction.USE_FACILITY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(conditions.isEmpty()).isFalse();
        assertThat(new Conditions(null, null, null, null, null, null, null).isEmpty()).isTrue();
    }

    private static Facts facts(DocumentType document, RequestedAction action, SubjectHistory subject) {
        return new Facts(LocalDate.parse("2013-06-01"), document, action, Purpose.CIVIL_IMMIGRATION, null, subject, null);
    }
}
