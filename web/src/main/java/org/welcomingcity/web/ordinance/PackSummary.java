package org.welcomingcity.web.ordinance;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.RulePack;

/** One rule pack as the listing shows it: which law, which revision, and when it is in force. */
@Schema(name = "RulePack")
public record PackSummary(
        String id,
        @Schema(description = "Revision of the pack's data, as cited in decisions (id@version)") String version,
        String title,
        String jurisdiction,
        @Schema(description = "First day in force (inclusive)") LocalDate effectiveFrom,
        @Schema(description = "Last day in force (inclusive); null while in force without end", nullable = true)
        @JsonbNillable LocalDate effectiveTo,
        @Schema(description = "The custody kinds the pack applies to") Set<Custody> appliesToCustody,
        @Schema(description = "How many rules the pack has") int ruleCount) {

    static PackSummary of(RulePack pack) {
        Set<Custody> custody = pack.appliesToCustody().isEmpty() ? EnumSet.allOf(Custody.class) : pack.appliesToCustody();
        return new PackSummary(pack.id(), pack.version(), pack.title(), pack.jurisdiction(), pack.effectiveFrom(),
                pack.effectiveTo(), custody, pack.rules().size());
    }
}
