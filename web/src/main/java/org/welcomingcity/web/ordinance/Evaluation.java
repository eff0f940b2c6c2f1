package org.welcomingcity.web.ordinance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.FiredRule;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.PackRef;

/**
 * The answer of {@code POST /api/v1/evaluations}: the contract's outcome, packs, rules and
 * explanation, plus each rule's own explanation and the facts as evaluated (defaults filled
 * in), so the caller can store the decision and re-run it later.
 */
@Schema(name = "Evaluation")
public record Evaluation(
        @Schema(description = "The most restrictive outcome of the rules that fired") Outcome outcome,
        @Schema(description = "The rule packs applied, as id@version", example = "[\"chicago-wco-2021@1\"]")
        List<String> packs,
        @Schema(description = "Every rule that fired, with its pack and citation") List<FiredRule> rules,
        @Schema(description = "Plain words an officer can read to the agent") String explanation,
        @Schema(description = "The facts evaluated, with the defaults applied") Facts facts) {

    static Evaluation of(Decision decision) {
        return new Evaluation(decision.outcome(), decision.packs().stream().map(PackRef::toString).toList(),
                decision.rules(), decision.explanation(), decision.facts());
    }
}
