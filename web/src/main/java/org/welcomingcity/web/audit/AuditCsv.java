package org.welcomingcity.web.audit;

import java.util.List;
import org.welcomingcity.audit.boundary.AuditEventView;
import org.welcomingcity.web.csv.CsvSheet;

/** Audit events as CSV, defused cell by cell: user names typed at log-on end up in the trail. */
public final class AuditCsv {

    static final String HEADER = "sequence,occurred_at_utc,actor,actor_role,action,target,outcome,origin,detail,hash";

    private AuditCsv() {
    }

    public static String of(List<AuditEventView> events) {
        CsvSheet csv = new CsvSheet().row(HEADER.split(","));
        events.forEach(e -> csv.row(Long.toString(e.sequence()), e.occurredAt().toString(), e.actor(), e.actorRole(),
                e.action(), e.target(), e.outcome().name(), e.origin(), e.detail(), e.hash()));
        return csv.text();
    }
}
