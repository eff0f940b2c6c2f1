package org.welcomingcity.ordinance.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * Successive versions of a law meet day to day: a pack that follows another starts the day
 * after the other ends. A gap would leave days without that law; an overlap would apply both.
 * Checked on the dates in use (after the effective-date settings), so a setting that opens a
 * gap stops the deployment like a wrong file does.
 */
public final class PackSuccession {

    private PackSuccession() {
    }

    /** @throws InvalidRulePackException naming both packs and their dates */
    public static void check(List<RulePack> packs, EffectiveDateOverrides settings) {
        Map<String, RulePack> byId = new HashMap<>();
        packs.forEach(pack -> byId.put(pack.id(), pack));
        Map<String, String> successorOf = new HashMap<>();
        for (RulePack next : packs) {
            if (next.follows() == null) {
                continue;
            }
            RulePack earlier = byId.get(next.follows());
            if (earlier == null) {
                throw new InvalidRulePackException(next.id(), null, "follows", "follows '" + next.follows()
                        + "', which no rule pack has as its id");
            }
            String other = successorOf.putIfAbsent(earlier.id(), next.id());
            if (other != null) {
                throw new InvalidRulePackException(next.id(), null, "follows", "both " + other + " and " + next.id()
                        + " follow " + earlier.id() + ": two versions of one law would be in force together");
            }
            String problem = problem(earlier, next);
            if (problem != null) {
                throw new InvalidRulePackException(next.id(), null, "follows", problem + settings.describe(earlier, next));
            }
        }
    }

    private static String problem(RulePack earlier, RulePack next) {
        String pair = next.id() + " (from " + next.effectiveFrom() + ") follows " + earlier.id() + " (from "
                + earlier.effectiveFrom() + " to " + (earlier.effectiveTo() == null ? "no end" : earlier.effectiveTo())
                + ")";
        if (earlier.effectiveTo() == null || !next.effectiveFrom().isAfter(earlier.effectiveTo())) {
            return pair + ": they overlap" + (earlier.effectiveTo() == null ? "" : " from " + next.effectiveFrom()
                    + " to " + earlier.effectiveTo()) + "; " + earlier.id() + " must end on "
                    + next.effectiveFrom().minusDays(1);
        }
        if (!earlier.effectiveTo().plusDays(1).equals(next.effectiveFrom())) {
            return pair + ": no version is in force from " + earlier.effectiveTo().plusDays(1) + " to "
                    + next.effectiveFrom().minusDays(1) + "; " + next.id() + " must start on "
                    + earlier.effectiveTo().plusDays(1);
        }
        return null;
    }
}
