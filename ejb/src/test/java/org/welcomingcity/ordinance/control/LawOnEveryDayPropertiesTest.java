package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.welcomingcity.ordinance.control.ShippedPacks.ALL;
import static org.welcomingcity.ordinance.control.ShippedPacks.ENGINE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectFact;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * Generated facts, on generated days, under generated effective dates of the two city versions
 * (as legal may set them, both together): the city's law answers every ask on every day from its
 * first version on; a duty that only records or reports never changes an answer; a start date
 * moved alone opens a gap and is refused, naming both versions; a DHS form number, typed any
 * way, is never a court's. The exhaustive checks on fixed dates are {@link DecisionPropertiesTest}.
 */
class LawOnEveryDayPropertiesTest {

    private static final String PREFIX = "welcoming.rulepack.";
    private static final String CITY_2012 = "chicago-wco-2012";
    private static final String CITY_2021 = "chicago-wco-2021";
    private static final LocalDate FIRST_DAY = LocalDate.parse("2012-09-12");
    private static final LocalDate SHIPPED_2021_START = LocalDate.parse("2021-01-27");
    private static final List<RulePack> WITHOUT_RECORDS = ALL.stream().map(pack -> new RulePack(pack.id(),
            pack.version(), pack.title(), pack.jurisdiction(), pack.effectiveFrom(), pack.effectiveTo(),
            pack.appliesToCustody(), pack.note(), pack.rules().stream().filter(Rule::decides).toList(), pack.follows()))
            .toList();

    @Property
    void someCityRuleDecidesEveryAskOnEveryDayFromTheFirstVersionOn(@ForAll("facts") Facts facts,
            @ForAll("secondVersionStarts") LocalDate start) {
        List<RulePack> packs = bothMovedTo(start, ALL);
        List<RulePack> city = ENGINE.inForce(packs, facts.eventDate(), facts.custody()).stream()
                .filter(pack -> pack.id().equals(CITY_2012) || pack.id().equals(CITY_2021)).toList();
        assertThat(city).as("one version of the city's law in force on %s", facts.eventDate()).hasSize(1);
        assertThat(city.get(0).matching(facts).anyMatch(Rule::decides)).as("a rule of %s decides %s", city.get(0).id(),
                facts).isTrue();
    }

    @Property
    void aDutyThatOnlyRecordsOrReportsNeverChangesAnAnswer(@ForAll("facts") Facts facts,
            @ForAll("secondVersionStarts") LocalDate start) {
        assertThat(ENGINE.evaluate(facts, bothMovedTo(start, ALL)).outcome())
                .isEqualTo(ENGINE.evaluate(facts, bothMovedTo(start, WITHOUT_RECORDS)).outcome());
    }

    @Property
    void aLaterStartOfTheSecondVersionAloneOpensAGapThatIsRefusedNamingBothVersionsAndTheDates(
            @ForAll("laterStarts") LocalDate start) {
        EffectiveDateOverrides settings = new EffectiveDateOverrides(PREFIX, Map.of(PREFIX + CITY_2021
                + EffectiveDateOverrides.FROM, start.toString()));
        List<RulePack> moved = settings.applyTo(ALL);
        assertThatThrownBy(() -> PackSuccession.check(moved, settings)).isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining(CITY_2021 + " (from " + start + ") follows " + CITY_2012 + " (from " + FIRST_DAY
                        + " to 2021-01-26): no version is in force from 2021-01-27 to " + start.minusDays(1));
    }

    @Property
    void aDhsFormNumberTypedAnyWayIsNeverAJudicialDocument(@ForAll("dhsFormTypings") String typed) {
        DocumentRegister register = DocumentRegister.shipped();
        assertThat(register.dhsForm(typed)).as(typed).hasValueSatisfying(type -> assertThat(type.isJudicial()).isFalse());
    }

    @Provide
    Arbitrary<Facts> facts() {
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST_DAY,
                LocalDate.parse("2045-12-31"))).map(FIRST_DAY::plusDays);
        Arbitrary<SubjectHistory> subjects = Arbitraries.subsetOf(SubjectFact.values()).map(SubjectHistory::of);
        return Combinators.combine(dates, Arbitraries.of(DocumentType.class), Arbitraries.of(RequestedAction.class),
                Arbitraries.of(Purpose.class), Arbitraries.of(Consent.class), subjects, Arbitraries.of(Custody.class))
                .as(Facts::new);
    }

    /** Any day after the first version's first day: the day the second version starts, the first ending the day before. */
    @Provide
    Arbitrary<LocalDate> secondVersionStarts() {
        return Arbitraries.longs().between(1, 6000).map(FIRST_DAY::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> laterStarts() {
        return Arbitraries.longs().between(1, 6000).map(SHIPPED_2021_START::plusDays);
    }

    /** A registered form number with the letters an officer might type around it, in any case. */
    @Provide
    Arbitrary<String> dhsFormTypings() {
        Arbitrary<String> forms = Arbitraries.of(List.copyOf(DocumentRegister.shipped().dhsForms().keySet()))
                .flatMap(form -> Arbitraries.of(form, form.charAt(0) + "-" + form.substring(1),
                        form.charAt(0) + " " + form.substring(1)));
        Arbitrary<String> words = Arbitraries.strings().withChars("ABCDEFGHJKLMNOPQRSTUVWXYZ .,:()#-/").ofMaxLength(12);
        return Combinators.combine(words, forms, words, Arbitraries.of(true, false))
                .as((before, form, after, lower) -> {
                    String typed = before + form + after;
                    return lower ? typed.toLowerCase(Locale.ROOT) : typed;
                });
    }

    /** The shipped packs with the two city versions meeting on the given day, as both settings would make them. */
    private static List<RulePack> bothMovedTo(LocalDate start, List<RulePack> packs) {
        EffectiveDateOverrides settings = new EffectiveDateOverrides(PREFIX, Map.of(
                PREFIX + CITY_2021 + EffectiveDateOverrides.FROM, start.toString(),
                PREFIX + CITY_2012 + EffectiveDateOverrides.TO, start.minusDays(1).toString()));
        List<RulePack> moved = settings.applyTo(packs);
        PackSuccession.check(moved, settings);
        return moved;
    }
}
