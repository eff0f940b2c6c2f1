package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.welcomingcity.ordinance.entity.Conditions;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.ordinance.entity.RulePack;

/** Two versions of one law meet day to day, on the dates in use: a gap or an overlap stops the start. */
class PackSuccessionTest {

    private static final String PREFIX = "welcoming.rulepack.";
    private static final List<RulePack> SHIPPED = new RulePackLoader().fromClassPath(
            PackSuccessionTest.class.getClassLoader());

    @Test
    void theShippedPacksMeetDayToDay() {
        assertThatCode(() -> PackSuccession.check(SHIPPED, EffectiveDateOverrides.none())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Legal confirms the signing date for the 2021 law and the day before it for the 2012 law: they still meet.
            both moved together   | 2021-02-23 | 2021-02-22 | -
            # Only the new law's start moved: the days between would have no city law.
            a gap                 | 2021-02-23 | -          | chicago-wco-2021, field follows: chicago-wco-2021 (from 2021-02-23) follows chicago-wco-2012 (from 2012-09-12 to 2021-01-26): no version is in force from 2021-01-27 to 2021-02-22; chicago-wco-2021 must start on 2021-01-27 (dates set by welcoming.rulepack.chicago-wco-2021.effective-from=2021-02-23)
            # Only the old law's end moved: both would apply.
            an overlap            | -          | 2021-02-22 | chicago-wco-2021, field follows: chicago-wco-2021 (from 2021-01-27) follows chicago-wco-2012 (from 2012-09-12 to 2021-02-22): they overlap from 2021-01-27 to 2021-02-22; chicago-wco-2012 must end on 2021-01-26 (dates set by welcoming.rulepack.chicago-wco-2012.effective-to=2021-02-22)
            # The new law moved a day too early.
            one day of overlap    | 2021-01-26 | -          | they overlap from 2021-01-26 to 2021-01-26
            # The new law moved a day too late.
            one day of gap        | 2021-01-28 | -          | no version is in force from 2021-01-27 to 2021-01-27
            """)
    void aDateSettingThatOpensAGapOrAnOverlapStopsTheStart(String name, String newFrom, String oldTo, String problem) {
        Map<String, String> settings = new java.util.TreeMap<>();
        if (newFrom != null) {
            settings.put(PREFIX + "chicago-wco-2021.effective-from", newFrom);
        }
        if (oldTo != null) {
            settings.put(PREFIX + "chicago-wco-2012.effective-to", oldTo);
        }
        EffectiveDateOverrides overrides = new EffectiveDateOverrides(PREFIX, settings);
        List<RulePack> dated = overrides.applyTo(SHIPPED);
        if (problem == null) {
            assertThatCode(() -> PackSuccession.check(dated, overrides)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> PackSuccession.check(dated, overrides)).isInstanceOf(InvalidRulePackException.class)
                    .hasMessageContaining(problem);
        }
    }

    @Test
    void aPredecessorWithoutEndOverlapsForever() {
        RulePack first = pack("law-v1", "2020-01-01", null, null);
        RulePack second = pack("law-v2", "2022-01-01", null, "law-v1");
        assertThatThrownBy(() -> PackSuccession.check(List.of(first, second), EffectiveDateOverrides.none()))
                .hasMessage("law-v2, field follows: law-v2 (from 2022-01-01) follows law-v1 (from 2020-01-01 to no end):"
                        + " they overlap; law-v1 must end on 2021-12-31");
    }

    @Test
    void anUnknownPredecessorAndTwoSuccessorsAreRefused() {
        RulePack first = pack("law-v1", "2020-01-01", "2021-12-31", null);
        assertThatThrownBy(() -> PackSuccession.check(List.of(pack("law-v2", "2022-01-01", null, "law-v0")),
                EffectiveDateOverrides.none())).hasMessage("law-v2, field follows: follows 'law-v0', which no rule pack has as its id");
        assertThatThrownBy(() -> PackSuccession.check(List.of(first, pack("law-v2", "2022-01-01", null, "law-v1"),
                pack("law-v2b", "2022-01-01", null, "law-v1")), EffectiveDateOverrides.none()))
                .hasMessageContaining("both law-v2 and law-v2b follow law-v1");
    }

    private static RulePack pack(String id, String from, String to, String follows) {
        Rule rule = new Rule("R", "Code 1", new Conditions(null, Set.of(RequestedAction.DETAIN), null, null, null, null,
                null), Outcome.DECLINE, "No hold.");
        return new RulePack(id, "1", id, "Test", LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null,
                null, List.of(rule), follows);
    }
}
