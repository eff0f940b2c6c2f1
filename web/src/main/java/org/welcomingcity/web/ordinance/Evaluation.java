package org.welcomingcity.web.ordinance;

import java.util.List;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;

/**
 * The answer of {@code POST /api/v1/evaluations}: the contract's outcome, packs (as id@version),
 * rules and explanation, plus each rule's own explanation and the facts as evaluated (defaults
 * filled in), so the caller can store the decision and re-run it later.
 */
public record Evaluation(Outcome outcome, List<String> packs, List<FiredRule> rules, String explanation, Facts facts) {

    static Evaluation of(Decision decision) {
        return new Evaluation(decision.outcome(), decision.packs().stream().map(PackRef::toString).toList(),
                decision.rules(), decision.explanation(), decision.facts());
    }
}
