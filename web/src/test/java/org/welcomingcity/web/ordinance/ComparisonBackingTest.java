package org.welcomingcity.web.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

class ComparisonBackingTest {

    private static final LocalDate BEFORE = LocalDate.of(2013, 6, 1);
    private static final LocalDate AFTER = LocalDate.of(2022, 6, 1);
    private static final FiredRule CARVE_OUT = new FiredRule("CARVE-OUT", "city-2012", "c", Outcome.LEGAL, "e");
    private static final FiredRule SHARED = new FiredRule("LOG", "reporting", "r", Outcome.SUPERVISOR, "e");
    private static final FiredRule NO_DETAINERS = new FiredRule("DETAINER", "city-2021", "d", Outcome.DECLINE, "e");

    private final ComparisonBacking backing = new ComparisonBacking();

    ComparisonBackingTest() {
        // The law of each date, as the engine would answer it, without a container.
        backing.ordinance = new Ordinance() {
            @Override
            public Decision evaluate(Facts facts) {
                List<FiredRule> rules = facts.eventDate().equals(BEFORE) ? List.of(CARVE_OUT, SHARED) : List.of(SHARED, NO_DETAINERS);
                Outcome outcome = rules.stream().map(FiredRule::outcome).reduce(Outcome::mostRestrictive).orElseThrow();
                return new Decision(facts, outcome, List.of(new PackRef("p", "1")), rules, "e");
            }
        };
        backing.getFacts().setDocumentType(DocumentType.DETAINER);
        backing.getFacts().setAction(RequestedAction.DETAIN);
        backing.getFacts().setPurpose(Purpose.CIVIL_IMMIGRATION);
        backing.setFirstDate(BEFORE);
        backing.setSecondDate(AFTER);
    }

    @Test
    void nothingToCompareBeforeTheFirstRun() {
        assertThat(backing.isComplete()).isFalse();
        assertThat(backing.isOutcomeChanged()).isFalse();
        assertThat(backing.onlyOneSide(CARVE_OUT)).isFalse();
    }

    @Test
    void marksTheChangedOutcomeAndTheRulesOfOneDateOnly() {
        backing.compare();

        assertThat(backing.isOutcomeChanged()).isTrue();
        assertThat(backing.getFirst().outcome()).isEqualTo(Outcome.LEGAL);
        assertThat(backing.getSecond().outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(backing.onlyOneSide(CARVE_OUT)).isTrue();
        assertThat(backing.onlyOneSide(NO_DETAINERS)).isTrue();
        assertThat(backing.onlyOneSide(SHARED)).isFalse();
        assertThat(backing.getRulesOnlyFirst()).isEqualTo(1);
        assertThat(backing.getRulesOnlySecond()).isEqualTo(1);
    }

    @Test
    void theSameDateTwiceChangesNothing() {
        backing.setSecondDate(BEFORE);
        backing.compare();

        assertThat(backing.isOutcomeChanged()).isFalse();
        assertThat(backing.getRulesOnlyFirst() + backing.getRulesOnlySecond()).isZero();
    }
}
