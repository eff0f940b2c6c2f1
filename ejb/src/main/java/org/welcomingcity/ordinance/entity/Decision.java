package org.welcomingcity.ordinance.entity;

import java.util.List;

/**
 * The answer for one ask: the facts, the packs applied, every rule that fired (recording rules
 * included, in {@code records} too) and the most restrictive outcome among the deciding ones.
 * Equal facts and packs give an equal decision.
 */
public record Decision(Facts facts, Outcome outcome, List<PackRef> packs, List<FiredRule> rules,
        String explanation, List<FiredRule> records) {

    public Decision {
        packs = List.copyOf(packs);
        rules = List.copyOf(rules);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** A decision in which no recording rule fired. */
    public Decision(Facts facts, Outcome outcome, List<PackRef> packs, List<FiredRule> rules, String explanation) {
        this(facts, outcome, packs, rules, explanation, List.of());
    }

    /**
     * The fired rules that carry the outcome; empty when no deciding rule matched and legal must
     * decide. Recording rules never carry it.
     */
    public List<FiredRule> deciding() {
        return rules.stream().filter(rule -> rule.outcome() == outcome && !records.contains(rule)).toList();
    }

    /** The same decision, with words put before its explanation (why the facts were read as they were). */
    public Decision explainedFirst(String preface) {
        return new Decision(facts, outcome, packs, rules, preface + explanation, records);
    }
}
