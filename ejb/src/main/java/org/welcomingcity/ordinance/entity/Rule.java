package org.welcomingcity.ordinance.entity;

import java.util.Objects;

/**
 * One provision of a law as a decision: when its conditions match, it gives its outcome and
 * an explanation an officer can read to the agent.
 */
public record Rule(String id, String citation, Conditions conditions, Outcome outcome, String explanation) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean matches(Facts facts) {
        return conditions.matches(facts);
    }

    public FiredRule firedIn(String packId) {
        return new FiredRule(id, packId, citation, outcome, explanation);
    }
}
