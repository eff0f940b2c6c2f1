package org.welcomingcity.report.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a report comes from, so a later reader can check it: the city, who produced it and when, the
 * rule packs in force for its period, and the audit event that records its production with
 * that event's chain hash (verify the chain up to that sequence to see nothing was changed).
 */
public record Provenance(String city, OffsetDateTime producedAt, String producedBy, List<PackInForce> packs, long auditSequence,
        String auditHash) {

    public Provenance {
        packs = List.copyOf(packs);
    }
}
