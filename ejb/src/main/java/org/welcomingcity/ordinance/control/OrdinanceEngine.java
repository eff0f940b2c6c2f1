package org.welcomingcity.ordinance.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * Facts in, decision out. Every pack in force on the event date (and for the custody) applies,
 * every matching rule is listed, and the most restrictive outcome of the deciding rules wins;
 * recording rules are listed but never decide. When no deciding rule matches the answer is
 * LEGAL, never a silent permission. Stateless and thread-safe.
 */
public class OrdinanceEngine {

    static final String NO_RULE_MATCHED = "No rule of the laws in force matched this request, so the legal "
            + "department must decide: do not detain anyone and do not disclose anything until legal signs off.";

    public Decision evaluate(Facts facts, List<RulePack> allPacks) {
        List<RulePack> packs = inForce(allPacks, facts.eventDate(), facts.custody());
        if (packs.isEmpty()) {
            throw new NoPackInForceException(facts.eventDate(), facts.custody());
        }
        List<FiredRule> fired = new ArrayList<>();
        List<FiredRule> deciding = new ArrayList<>();
        List<FiredRule> records = new ArrayList<>();
        for (RulePack pack : packs) {
            pack.matching(facts).forEach(rule -> {
                FiredRule line = rule.firedIn(pack.id());
                fired.add(line);
                (rule.decides() ? deciding : records).add(line);
            });
        }
        Outcome outcome = deciding.stream().map(FiredRule::outcome).reduce(Outcome::mostRestrictive).orElse(Outcome.LEGAL);
        return new Decision(facts, outcome, packs.stream().map(RulePack::ref).toList(), fired,
                explanation(outcome, deciding, records), records);
    }

    public List<RulePack> inForce(List<RulePack> packs, LocalDate date, Custody custody) {
        return packs.stream().filter(pack -> pack.appliesTo(date, custody)).toList();
    }

    /** The deciding rules' words, then what must be recorded. */
    private static String explanation(Outcome outcome, List<FiredRule> deciding, List<FiredRule> records) {
        Stream<String> decided = deciding.isEmpty() ? Stream.of(NO_RULE_MATCHED)
                : deciding.stream().filter(rule -> rule.outcome() == outcome).map(FiredRule::explanation);
        return Stream.concat(decided, records.stream().map(FiredRule::explanation)).distinct()
                .collect(Collectors.joining(" "));
    }
}
