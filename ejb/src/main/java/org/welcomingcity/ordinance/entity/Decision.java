package org.welcomingcity.ordinance.entity;

import java.util.List;

/**
 * The answer for one ask: the facts, the packs applied, every rule that fired and the most
 * restrictive outcome among them. Equal facts and packs give an equal decision.
 */
public record Decision(Facts facts, Outcome outcome, List<PackRef> packs, List<FiredRule> rules,
        String explanation) {

    public Decision {
        packs = List.copyOf(packs);
        rules = List.copyOf(rules);
    }

    /** The fired rules that carry the outcome; empty when no rule matched and legal must decide. */
    public List<FiredRule> deciding() {
        return rules.stream().filter(rule -> rule.outcome() == outcome).toList();
    }
}
