package org.welcomingcity.ordinance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welcomingcity.ordinance.control.ShippedPacks.ALL;
import static org.welcomingcity.ordinance.control.ShippedPacks.ENGINE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectFact;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * Properties of the shipped packs that must hold for every possible ask. The fact space is
 * small (64,800 combinations per date), so it is enumerated completely rather than sampled,
 * on each era and on each default effective-date boundary.
 */
class DecisionPropertiesTest {

    static final List<LocalDate> DATES = Stream.of("2012-09-12", "2013-06-01", "2017-08-27", "2017-08-28",
            "2020-01-15", "2020-06-01", "2021-01-26", "2021-01-27", "2021-08-02", "2022-06-01", "2035-01-01")
            .map(LocalDate::parse).toList();
    static final Set<RequestedAction> HOLDS = EnumSet.of(RequestedAction.DETAIN, RequestedAction.EXECUTE_WARRANT,
            RequestedAction.TRANSFER_CUSTODY);
    static final Set<RequestedAction> DISCLOSURES = EnumSet.of(RequestedAction.DISCLOSE_STATUS,
            RequestedAction.DISCLOSE_CUSTODY_STATUS, RequestedAction.DISCLOSE_RELEASE_DATE,
            RequestedAction.DISCLOSE_CONTACT_INFO, RequestedAction.NOTIFY_RELEASE);
    /** Nothing is done or disclosed here: forbidden, referred to the FOIA officer, or legal decides. */
    static final Set<Outcome> BLOCKING = EnumSet.of(Outcome.DECLINE, Outcome.REFER, Outcome.LEGAL);
    static final Set<Outcome> REVIEWED = EnumSet.of(Outcome.DECLINE, Outcome.REFER, Outcome.LEGAL, Outcome.SUPERVISOR);

    static Stream<LocalDate> dates() {
        return DATES.stream();
    }

    @ParameterizedTest
    @MethodSource("dates")
    void everyDecisionCitesAtLeastOneRuleOfAPackInForce(LocalDate date) {
        assertHolds(everyFact(date), facts -> {
            Decision decision = ENGINE.evaluate(facts, ALL);
            Set<String> packs = decision.packs().stream().map(PackRef::id).collect(Collectors.toSet());
            return !decision.deciding().isEmpty()
                    && decision.rules().stream().allMatch(rule -> packs.contains(rule.pack()));
        });
    }

    @ParameterizedTest
    @MethodSource("dates")
    void consentUnlocksNothingButStatusDisclosureAndThatOnlyThroughLegal(LocalDate date) {
        assertHolds(everyFact(date).filter(facts -> facts.consent() != Consent.NONE), facts -> {
            Outcome withConsent = ENGINE.evaluate(facts, ALL).outcome();
            return facts.action() == RequestedAction.DISCLOSE_STATUS ? BLOCKING.contains(withConsent)
                    : withConsent == ENGINE.evaluate(with(facts, Consent.NONE), ALL).outcome();
        });
    }

    @Test
    void underTheCurrentCityLawNoCarveOutFactChangesAnyOutcome() {
        List<RulePack> cityAlone = List.of(pack("chicago-wco-2021"));
        Stream<Facts> withHistory = Stream.of("2021-01-27", "2022-06-01").map(LocalDate::parse)
                .flatMap(DecisionPropertiesTest::everyFact)
                .filter(facts -> !facts.subject().equals(SubjectHistory.NONE));
        assertHolds(withHistory, facts -> {
            Facts clean = with(facts, SubjectHistory.NONE);
            return ENGINE.evaluate(facts, ALL).outcome() == ENGINE.evaluate(clean, ALL).outcome()
                    && ENGINE.evaluate(facts, cityAlone).rules().equals(ENGINE.evaluate(clean, cityAlone).rules());
        });
    }

    /** Compared with the same packs minus one, whenever the smaller set still has a deciding rule that fires. */
    @ParameterizedTest
    @ValueSource(strings = {"2013-06-01", "2018-06-01", "2020-06-01", "2021-03-01", "2022-06-01"})
    void addingAPackNeverMakesAnOutcomeLessRestrictive(LocalDate date) {
        List<List<RulePack>> smallerSets = ENGINE.inForce(ALL, date, Custody.COUNTY).stream()
                .map(added -> ALL.stream().filter(pack -> pack != added).toList()).toList();
        assertHolds(everyFact(date), facts -> {
            Outcome all = ENGINE.evaluate(facts, ALL).outcome();
            return smallerSets.stream().filter(packs -> !ENGINE.inForce(packs, date, facts.custody()).isEmpty())
                    .map(packs -> ENGINE.evaluate(facts, packs))
                    .allMatch(smaller -> smaller.deciding().isEmpty() || !smaller.outcome().isMoreRestrictiveThan(all));
        });
    }

    @ParameterizedTest
    @MethodSource("dates")
    void nobodyIsHeldOrHandedOverWithoutReviewExceptOnAJudgesCriminalWarrant(LocalDate date) {
        assertHolds(everyFact(date).filter(facts -> HOLDS.contains(facts.action())), facts ->
                REVIEWED.contains(ENGINE.evaluate(facts, ALL).outcome())
                        || facts.documentType() == DocumentType.JUDICIAL_WARRANT && facts.purpose() == Purpose.CRIMINAL
                        && facts.action() != RequestedAction.TRANSFER_CUSTODY);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void nothingIsEverDisclosedWithoutReview(LocalDate date) {
        assertHolds(everyFact(date).filter(facts -> DISCLOSURES.contains(facts.action())),
                facts -> REVIEWED.contains(ENGINE.evaluate(facts, ALL).outcome()));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void unidentifiedDocumentsAndFoiaRequestsAlwaysGoToLegalOrAreDeclined(LocalDate date) {
        assertHolds(everyFact(date).filter(facts -> facts.documentType() == DocumentType.OTHER
                || facts.documentType() == DocumentType.FOIA_REQUEST),
                facts -> BLOCKING.contains(ENGINE.evaluate(facts, ALL).outcome()));
    }

    @Test
    void fromTheTrustActNoDetainerOrCivilWarrantHoldWhateverTheRecordPurposeOrConsent() {
        Stream<Facts> civilHolds = DATES.stream().filter(date -> !date.isBefore(LocalDate.parse("2017-08-28")))
                .flatMap(DecisionPropertiesTest::everyFact)
                .filter(facts -> HOLDS.contains(facts.action()) && EnumSet.of(DocumentType.DETAINER,
                        DocumentType.ADMINISTRATIVE_WARRANT).contains(facts.documentType()));
        assertHolds(civilHolds, facts -> ENGINE.evaluate(facts, ALL).outcome() == Outcome.DECLINE);
    }

    @Test
    void consentDoesNotUnlockDetention() {
        Facts hold = new Facts(LocalDate.parse("2013-06-01"), DocumentType.DETAINER, RequestedAction.DETAIN,
                Purpose.CIVIL_IMMIGRATION, Consent.SUBJECT_WRITTEN, SubjectHistory.NONE, Custody.CPD);
        Decision decision = ENGINE.evaluate(hold, ALL);
        assertThat(decision.outcome()).isEqualTo(Outcome.DECLINE);
        assertThat(decision.rules()).extracting(FiredRule::id).doesNotContain("WCO2012-DISCLOSE-STATUS-CONSENT");
    }

    @Test
    void everyDayFromTheFirstVersionOnExactlyOneVersionOfEachLawIsInForce() {
        for (List<RulePack> chain : chains()) {
            LocalDate first = chain.get(0).effectiveFrom();
            List<LocalDate> uncovered = first.datesUntil(LocalDate.parse("2040-01-01"))
                    .filter(day -> chain.stream().filter(pack -> pack.inForceOn(day)).count() != 1).limit(10).toList();
            assertThat(uncovered).as("days without exactly one version of %s", chain).isEmpty();
        }
    }

    /** On the last day of a version and the first of the next, the law in force answers every ask itself. */
    @Test
    void forEveryFactSomeRuleOfTheVersionInForceAppliesOnBothSidesOfEverySuccession() {
        for (List<RulePack> chain : chains()) {
            for (int i = 1; i < chain.size(); i++) {
                RulePack earlier = chain.get(i - 1);
                RulePack next = chain.get(i);
                Stream<Facts> boundary = Stream.of(earlier.effectiveFrom(), earlier.effectiveTo(), next.effectiveFrom())
                        .flatMap(DecisionPropertiesTest::everyFact);
                assertHolds(boundary, facts -> chain.stream().filter(pack -> pack.inForceOn(facts.eventDate()))
                        .anyMatch(pack -> pack.matching(facts).anyMatch(Rule::decides)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aRecordingRuleNeverChangesAnOutcomeAndWithoutADecidingRuleLegalDecides(LocalDate date) {
        List<RulePack> withoutRecords = ALL.stream().map(pack -> new RulePack(pack.id(), pack.version(), pack.title(),
                pack.jurisdiction(), pack.effectiveFrom(), pack.effectiveTo(), pack.appliesToCustody(), pack.note(),
                pack.rules().stream().filter(Rule::decides).toList(), pack.follows())).toList();
        assertHolds(everyFact(date), facts -> {
            Decision decision = ENGINE.evaluate(facts, ALL);
            return decision.outcome() == ENGINE.evaluate(facts, withoutRecords).outcome()
                    && (!decision.deciding().isEmpty() || decision.outcome() == Outcome.LEGAL);
        });
    }

    /** Each law's versions in order, from the packs' {@code follows}. */
    private static List<List<RulePack>> chains() {
        List<List<RulePack>> chains = new ArrayList<>();
        ALL.stream().filter(pack -> pack.follows() == null).forEach(first -> {
            List<RulePack> chain = new ArrayList<>(List.of(first));
            for (RulePack last = first; ; ) {
                String id = last.id();
                Optional<RulePack> next = ALL.stream().filter(pack -> id.equals(pack.follows())).findFirst();
                if (next.isEmpty()) {
                    break;
                }
                last = next.get();
                chain.add(last);
            }
            if (chain.size() > 1) {
                chains.add(chain);
            }
        });
        assertThat(chains).as("the city law's versions").isNotEmpty();
        return chains;
    }

    /**
     * One assertion per property rather than per fact: fast, and a failure lists counterexamples.
     * The facts are judged on every core: the engine is shared by concurrent requests in the server too.
     */
    private static void assertHolds(Stream<Facts> facts, Predicate<Facts> property) {
        List<Facts> counterexamples = facts.parallel().unordered().filter(property.negate()).limit(10).toList();
        assertThat(counterexamples).as("counterexamples").isEmpty();
    }

    static Stream<Facts> everyFact(LocalDate date) {
        List<SubjectHistory> subjects = subsets();
        return Stream.of(DocumentType.values()).flatMap(document -> Stream.of(RequestedAction.values())
                .flatMap(action -> Stream.of(Purpose.values()).flatMap(purpose -> Stream.of(Consent.values())
                        .flatMap(consent -> subjects.stream().flatMap(subject -> Stream.of(Custody.values())
                                .map(custody -> new Facts(date, document, action, purpose, consent, subject, custody)))))));
    }

    private static List<SubjectHistory> subsets() {
        SubjectFact[] facts = SubjectFact.values();
        List<SubjectHistory> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << facts.length; mask++) {
            EnumSet<SubjectFact> set = EnumSet.noneOf(SubjectFact.class);
            for (int i = 0; i < facts.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(facts[i]);
                }
            }
            all.add(SubjectHistory.of(set));
        }
        return all;
    }

    private static Facts with(Facts facts, Consent consent) {
        return new Facts(facts.eventDate(), facts.documentType(), facts.action(), facts.purpose(), consent,
                facts.subject(), facts.custody());
    }

    private static Facts with(Facts facts, SubjectHistory subject) {
        return new Facts(facts.eventDate(), facts.documentType(), facts.action(), facts.purpose(), facts.consent(),
                subject, facts.custody());
    }

    private static RulePack pack(String id) {
        return ALL.stream().filter(pack -> pack.id().equals(id)).findFirst().orElseThrow();
    }
}
