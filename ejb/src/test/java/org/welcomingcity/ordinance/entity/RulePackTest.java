package org.welcomingcity.ordinance.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulePackTest {

    static final Rule RULE = new Rule("NO-HOLD", "Test Code 1", new Conditions(null, Set.of(RequestedAction.DETAIN),
            null, null, null, null, null), Outcome.DECLINE, "No hold.");

    @Test
    void aPackAppliesOnItsDatesAndToTheCustodyItNames() {
        RulePack county = new RulePack("county", "1", "County", "County", LocalDate.parse("2011-09-07"), null,
                Set.of(Custody.COUNTY), null, List.of(RULE));

        assertThat(county.appliesTo(LocalDate.parse("2011-09-07"), Custody.COUNTY)).isTrue();
        assertThat(county.appliesTo(LocalDate.parse("2011-09-06"), Custody.COUNTY)).isFalse();
        assertThat(county.appliesTo(LocalDate.parse("2030-01-01"), Custody.CPD)).isFalse();
        assertThat(county.ref()).isEqualTo(new PackRef("county", "1"));
    }

    @Test
    void aPackCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RulePack("p", "1", "P", "J",
                LocalDate.parse("2020-01-01"), LocalDate.parse("2019-12-31"), null, null, List.of(RULE)));
    }

    @Test
    void firingTagsEachMatchingRuleWithThePack() {
        RulePack city = new RulePack("city", "1", "City", "City", LocalDate.parse("2012-09-12"), null, null, null,
                List.of(RULE));
        Facts hold = new Facts(LocalDate.parse("2013-06-01"), DocumentType.DETAINER, RequestedAction.DETAIN,
                Purpose.CIVIL_IMMIGRATION);

        assertThat(city.fire(hold)).containsExactly(
                new FiredRule("NO-HOLD", "city", "Test Code 1", Outcome.DECLINE, "No hold."));
    }
}
