package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.welcomingcity.ordinance.entity.Conditions;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.Rule;
import org.welcomingcity.ordinance.entity.RuleKind;
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectFact;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/** The layering mechanics, on small packs written here so each test shows its whole input. */
class OrdinanceEngineTest {

    static final LocalDate DAY = LocalDate.parse("2018-06-01");
    static final Conditions DETAINER_HOLD = new Conditions(Set.of(DocumentType.DETAINER),
            Set.of(RequestedAction.DETAIN), null, null, null, null, null);

    final OrdinanceEngine engine = new OrdinanceEngine();

    final RulePack city = pack("city", "2012-09-12", null, Set.of(),
            rule("CITY-CARVE-OUT", Outcome.LEGAL, DETAINER_HOLD, "City: legal decides."));
    final RulePack state = pack("state", "2017-08-28", null, Set.of(),
            rule("STATE-NO-HOLD", Outcome.DECLINE, DETAINER_HOLD, "State: no hold."),
            rule("STATE-RELEASE", Outcome.NO_ACTION, DETAINER_HOLD, "State: release."));
    final RulePack county = pack("county", "2011-09-07", null, Set.of(Custody.COUNTY),
            rule("COUNTY-NO-HOLD", Outcome.DECLINE, DETAINER_HOLD, "County: no hold."));

    @Test
    void everyPackInForceAppliesTheMostRestrictiveOutcomeWinsAndEveryFiredRuleIsListed() {
        Decision decision = engine.evaluate(detainerHold(DAY, Custody.CPD), List.of(city, state, county));

        assertThat(decision.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(decision.packs()).containsExactly(new PackRef("city", "1"), new PackRef("state", "1"));
        assertThat(decision.rules()).extracting(FiredRule::id, FiredRule::pack, FiredRule::outcome).containsExactly(
                tuple("CITY-CARVE-OUT", "city", Outcome.LEGAL),
                tuple("STATE-NO-HOLD", "state", Outcome.DECLINE),
                tuple("STATE-RELEASE", "state", Outcome.NO_ACTION));
        assertThat(decision.deciding()).extracting(FiredRule::id).containsExactly("STATE-NO-HOLD");
        assertThat(decision.explanation()).isEqualTo("State: no hold.");
    }

    @Test
    void aRecordingRuleIsListedButNeverDecidesSoWithoutADecidingRuleLegalDecides() {
        Rule log = new Rule("LOG", "Code 69", DETAINER_HOLD, Outcome.NO_ACTION, "Write it in the log.", RuleKind.RECORDS);
        RulePack logOnly = new RulePack("log", "1", "log", "Test", LocalDate.parse("2012-01-15"), null, Set.of(), null,
                List.of(log));
        Decision alone = engine.evaluate(detainerHold(DAY, Custody.CPD), List.of(logOnly));
        assertThat(alone.outcome()).isEqualTo(Outcome.LEGAL);
        assertThat(alone.rules()).extracting(FiredRule::id).containsExactly("LOG");
        assertThat(alone.deciding()).isEmpty();
        assertThat(alone.explanation()).isEqualTo(OrdinanceEngine.NO_RULE_MATCHED + " Write it in the log.");

        Decision withTheState = engine.evaluate(detainerHold(DAY, Custody.CPD), List.of(logOnly, state));
        assertThat(withTheState.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(withTheState.deciding()).extracting(FiredRule::id).containsExactly("STATE-NO-HOLD");
        assertThat(withTheState.records()).extracting(FiredRule::id).containsExactly("LOG");
        assertThat(withTheState.explanation()).isEqualTo("State: no hold. Write it in the log.");
    }

    @Test
    void aPackLimitedToCountyCustodyAppliesOnlyThere() {
        Decision decision = engine.evaluate(detainerHold(LocalDate.parse("2013-06-01"), Custody.COUNTY),
                List.of(city, state, county));

        assertThat(decision.packs()).extracting(PackRef::id).containsExactly("city", "county");
        assertThat(decision.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(decision.deciding()).extracting(FiredRule::pack).containsExactly("county");
    }

    @Test
    void whenNoRuleMatchesLegalDecidesTheEngineNeverPermitsByDefault() {
        Facts unmatched = new Facts(DAY, DocumentType.NONE, RequestedAction.DISCLOSE_STATUS, Purpose.CIVIL_IMMIGRATION);

        Decision decision = engine.evaluate(unmatched, List.of(city, state));

        assertThat(decision.outcome()).isEqualTo(Outcome.LEGAL);
        assertThat(decision.rules()).isEmpty();
        assertThat(decision.deciding()).isEmpty();
        assertThat(decision.explanation()).isEqualTo(OrdinanceEngine.NO_RULE_MATCHED);
        assertThat(decision.packs()).hasSize(2);
    }

    @Test
    void noPackInForceOnTheEventDateIsRefused() {
        Facts tooEarly = detainerHold(LocalDate.parse("2010-01-01"), Custody.CPD);

        assertThatThrownBy(() -> engine.evaluate(tooEarly, List.of(city, state, county)))
                .isInstanceOfSatisfying(NoPackInForceException.class, e -> {
                    assertThat(e.eventDate()).isEqualTo(LocalDate.parse("2010-01-01"));
                    assertThat(e.custody()).isEqualTo(Custody.CPD);
                })
                .hasMessageContaining("2010-01-01");
    }

    @Test
    void aPackOnlyForAnotherCustodyDoesNotCoverTheDate() {
        Facts cpdCustody = detainerHold(LocalDate.parse("2012-01-01"), Custody.CPD);

        assertThatThrownBy(() -> engine.evaluate(cpdCustody, List.of(city, county)))
                .isInstanceOf(NoPackInForceException.class);
        assertThat(engine.evaluate(detainerHold(LocalDate.parse("2012-01-01"), Custody.COUNTY), List.of(city, county))
                .packs()).extracting(PackRef::id).containsExactly("county");
    }

    @Test
    void bothEffectiveDatesAreDaysInForce() {
        RulePack bounded = pack("bounded", "2020-01-01", "2020-12-31", Set.of(),
                rule("ANY-HOLD", Outcome.DECLINE, DETAINER_HOLD, "No hold."));

        assertThat(engine.inForce(List.of(bounded), LocalDate.parse("2020-01-01"), Custody.CPD)).hasSize(1);
        assertThat(engine.inForce(List.of(bounded), LocalDate.parse("2020-12-31"), Custody.CPD)).hasSize(1);
        assertThat(engine.inForce(List.of(bounded), LocalDate.parse("2021-01-01"), Custody.CPD)).isEmpty();
        assertThat(engine.inForce(List.of(bounded), LocalDate.parse("2019-12-31"), Custody.CPD)).isEmpty();
    }

    @Test
    void theExplanationReadsEachDecidingRuleOnce() {
        RulePack twice = pack("twice", "2012-09-12", null, Set.of(),
                rule("A", Outcome.DECLINE, DETAINER_HOLD, "No hold."),
                rule("B", Outcome.DECLINE, DETAINER_HOLD, "No hold."),
                rule("C", Outcome.DECLINE, DETAINER_HOLD, "Release when the criminal basis ends."));

        assertThat(engine.evaluate(detainerHold(DAY, Custody.CPD), List.of(twice)).explanation())
                .isEqualTo("No hold. Release when the criminal basis ends.");
    }

    @Test
    void aDecisionIsReproducibleFromWhatItRecords() {
        Facts facts = new Facts(DAY, DocumentType.DETAINER, RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION,
                Consent.NONE, SubjectHistory.of(Set.of(SubjectFact.FELONY_CONVICTION)), Custody.CPD);
        Decision first = ShippedPacks.decide(facts);

        // Re-run later from the stored record: its facts and the packs it names.
        List<RulePack> named = ShippedPacks.ALL.stream().filter(pack -> first.packs().contains(pack.ref())).toList();
        Decision again = engine.evaluate(first.facts(), named);

        assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(ShippedPacks.decide(facts)).isEqualTo(first);
    }

    private static Facts detainerHold(LocalDate date, Custody custody) {
        return new Facts(date, DocumentType.DETAINER, RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION, null, null, custody);
    }

    private static Rule rule(String id, Outcome outcome, Conditions conditions, String explanation) {
        return new Rule(id, "Test Code " + id, conditions, outcome, explanation);
    }

    private static RulePack pack(String id, String from, String to, Set<Custody> custody, Rule... rules) {
        return new RulePack(id, "1", id, "Test", LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                custody, null, List.of(rules));
    }
}
