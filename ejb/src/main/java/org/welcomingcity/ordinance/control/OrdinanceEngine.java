package org.welcomingcity.ordinance.control;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * Facts in, decision out. Every pack in force on the event date (and for the custody) applies,
 * every matching rule is listed, and the most restrictive outcome wins. When nothing matches the
 * answer is LEGAL, never a silent permission. Stateless and thread-safe.
 */
public class OrdinanceEngine {

    static final String NO_RULE_MATCHED = "No rule of the laws in force matched this request, so the legal "
            + "department must decide: do not detain anyone and do not disclose anything until legal signs off.";

    public Decision evaluate(Facts facts, List<RulePack> allPacks) {
        List<RulePack> packs = inForce(allPacks, facts.eventDate(), facts.custody());
        if (packs.isEmpty()) {
            throw new NoPackInForceException(facts.eventDate(), facts.custody());
        }
        List<FiredRule> fired = packs.stream().flatMap(pack -> pack.fire(facts)).toList();
        Outcome outcome = fired.stream().map(FiredRule::outcome).reduce(Outcome::mostRestrictive).orElse(Outcome.LEGAL);
        return new Decision(facts, outcome, packs.stream().map(RulePack::ref).toList(), fired,
                explanation(outcome, fired));
    }

    public List<RulePack> inForce(List<RulePack> packs, LocalDate date, Custody custody) {
        return packs.stream().filter(pack -> pack.appliesTo(date, custody)).toList();
    }

    private static String explanation(Outcome outcome, List<FiredRule> fired) {
        if (fired.isEmpty()) {
            return NO_RULE_MATCHED;
        }
        return fired.stream().filter(rule -> rule.outcome() == outcome)
                .map(FiredRule::explanation).distinct().collect(Collectors.joining(" "));
    }
}
