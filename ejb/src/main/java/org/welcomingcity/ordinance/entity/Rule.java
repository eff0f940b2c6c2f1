package org.welcomingcity.ordinance.entity;

import java.util.Objects;

/**
 * One provision of a law as a decision: when its conditions match, it gives its outcome and
 * an explanation an officer can read to the agent. A recording rule (a logging or reporting
 * duty) is listed with the decision but never decides it; its outcome is NO_ACTION.
 */
public record Rule(String id, String citation, Conditions conditions, Outcome outcome, String explanation,
        RuleKind kind) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        kind = kind == null ? RuleKind.DECIDES : kind;
        if (kind == RuleKind.RECORDS && outcome != Outcome.NO_ACTION) {
            throw new IllegalArgumentException("rule " + id + " only records, so it cannot have the outcome " + outcome);
        }
    }

    /** A deciding rule. */
    public Rule(String id, String citation, Conditions conditions, Outcome outcome, String explanation) {
        this(id, citation, conditions, outcome, explanation, RuleKind.DECIDES);
    }

    public boolean matches(Facts facts) {
        return conditions.matches(facts);
    }

    public boolean decides() {
        return kind == RuleKind.DECIDES;
    }

    public FiredRule firedIn(String packId) {
        return new FiredRule(id, packId, citation, outcome, explanation);
    }
}
