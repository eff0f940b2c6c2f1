package org.welcomingcity.web.ordinance;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * One rule pack as the listing shows it: which law, which revision, when it is in force (the
 * end shown as null while open) and for which custody (every kind listed when the pack names none).
 */
public record PackSummary(String id, String version, String title, String jurisdiction, LocalDate effectiveFrom,
        @JsonbNillable LocalDate effectiveTo, Set<Custody> appliesToCustody, int ruleCount) {

    static PackSummary of(RulePack pack) {
        Set<Custody> custody = pack.appliesToCustody().isEmpty() ? EnumSet.allOf(Custody.class) : pack.appliesToCustody();
        return new PackSummary(pack.id(), pack.version(), pack.title(), pack.jurisdiction(), pack.effectiveFrom(),
                pack.effectiveTo(), custody, pack.rules().size());
    }
}
