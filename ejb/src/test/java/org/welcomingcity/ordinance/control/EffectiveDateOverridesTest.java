package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.ordinance.control.ShippedPacks.ALL;
import static org.welcomingcity.ordinance.control.ShippedPacks.ENGINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.RulePack;

/** Legal confirms the dates: settings move them without touching a pack file. */
class EffectiveDateOverridesTest {

    static final String PREFIX = "welcoming.rulepack.";

    @Test
    void signingDateInsteadOfPassageDateMovesTheCityBoundary() {
        List<RulePack> confirmed = overrides(Map.of(
                PREFIX + "chicago-wco-2012.effective-to", "2021-02-22",
                PREFIX + "chicago-wco-2021.effective-from", "2021-02-23")).applyTo(ALL);
        Facts beforeSigning = accessWithFelony(LocalDate.parse("2021-02-01"));

        assertThat(ENGINE.evaluate(beforeSigning, ALL).outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(ENGINE.evaluate(beforeSigning, confirmed).outcome()).isEqualTo(Outcome.LEGAL);
        assertThat(ENGINE.evaluate(beforeSigning, confirmed).packs()).extracting(PackRef::id).contains("chicago-wco-2012");
        assertThat(ENGINE.evaluate(accessWithFelony(LocalDate.parse("2021-02-23")), confirmed).outcome())
                .isEqualTo(Outcome.DECLINE);
    }

    @Test
    void withoutSettingsThePacksAreUnchanged() {
        assertThat(EffectiveDateOverrides.none().applyTo(ALL)).isEqualTo(ALL);
    }

    @Test
    void anOverrideKeepsEverythingButTheDates() {
        RulePack moved = cook(overrides(Map.of(PREFIX + "cook-county-46-37.effective-from", "2011-09-01")).applyTo(ALL));
        RulePack original = cook(ALL);

        assertThat(moved.effectiveFrom()).isEqualTo(LocalDate.parse("2011-09-01"));
        assertThat(moved.withEffectiveDates(original.effectiveFrom(), original.effectiveTo())).isEqualTo(original);
    }

    @Test
    void aSettingForAnUnknownPackStopsTheStartRatherThanBeingIgnored() {
        String typo = PREFIX + "chicago-wco-2O21.effective-from";
        assertThatThrownBy(() -> overrides(Map.of(typo, "2021-02-23")).applyTo(ALL))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageStartingWith(typo + ": no rule pack has the id 'chicago-wco-2O21' (known: chicago-wco-2012,");
    }

    @Test
    void aBadDateIsNamedWithItsSetting() {
        String key = PREFIX + "chicago-wco-2021.effective-from";
        assertThatThrownBy(() -> overrides(Map.of(key, "2021-02-31")).applyTo(ALL))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage(key + ": '2021-02-31' is not an ISO date (yyyy-mm-dd)");
    }

    @Test
    void onlyTheTwoDateSettingsExist() {
        String key = PREFIX + "chicago-wco-2021.start";
        assertThatThrownBy(() -> overrides(Map.of(key, "2021-02-23")).applyTo(ALL))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage(key + ": expected <packId>.effective-from or <packId>.effective-to");
    }

    @Test
    void aPackCannotEndBeforeItStarts() {
        String key = PREFIX + "chicago-wco-2012.effective-to";
        assertThatThrownBy(() -> overrides(Map.of(key, "2011-01-01")).applyTo(ALL))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage(key + ": pack chicago-wco-2012 would end (2011-01-01) before it starts (2012-09-12)");
    }

    private static EffectiveDateOverrides overrides(Map<String, String> settings) {
        return new EffectiveDateOverrides(PREFIX, settings);
    }

    private static RulePack cook(List<RulePack> packs) {
        return packs.stream().filter(pack -> pack.id().equals("cook-county-46-37")).findFirst().orElseThrow();
    }

    private static Facts accessWithFelony(LocalDate date) {
        return new Facts(date, DocumentType.DETAINER, RequestedAction.ACCESS_PERSON, Purpose.CIVIL_IMMIGRATION,
                Consent.NONE, ShippedPacks.subject("FELONY_CONVICTION"), Custody.CPD);
    }
}
