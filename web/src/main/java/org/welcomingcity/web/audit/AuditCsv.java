package org.welcomingcity.web.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.welcomingcity.audit.boundary.AuditEventView;

/**
 * Audit events as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, since user names typed at log-on end up in the trail.
 */
public final class AuditCsv {

    static final String HEADER = "sequence,occurred_at_utc,actor,actor_role,action,target,outcome,origin,detail,hash";

    private AuditCsv() {
    }

    public static String of(List<AuditEventView> events) {
        return Stream.concat(Stream.of(HEADER), events.stream().map(AuditCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(AuditEventView e) {
        return Stream.of(Long.toString(e.sequence()), e.occurredAt().toString(), e.actor(), e.actorRole(), e.action(),
                e.target(), e.outcome().name(), e.origin(), e.detail(), e.hash())
                .map(AuditCsv::cell).collect(Collectors.joining(","));
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
