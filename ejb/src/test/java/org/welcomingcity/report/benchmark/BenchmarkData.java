package org.welcomingcity.report.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates requests with SQL generate_series, spread evenly over 2016-2025: a mix of agencies,
 * document types and outcomes; most closed after a supervisor's decision, one in ten escalated
 * to legal, a few still open; one or two asks each; a timeline of three to five steps; a custody
 * outcome for every detainer and administrative warrant.
 */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static void fill(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                INSERT INTO federal_request (id, state, event_number, oemc_number, received_at, event_date, agency,
                    agent_name, agent_contact, identity_check, channel, document_type, court_caption, subject_reference,
                    custody, purpose, consent, outcome, submitted_by, unit, submitted_at, supervisor,
                    supervisor_decided_at, escalated_at, legal_signer, legal_decided_at, closed_at, version)
                SELECT g, CASE WHEN g % 50 = 0 THEN 'SUBMITTED' ELSE 'CLOSED' END,
                    'E-' || g, 'OEMC-' || g, t, (t AT TIME ZONE 'America/Chicago')::date,
                    (ARRAY['ICE', 'ICE', 'ICE', 'CBP', 'USCIS', 'DHS_OTHER', 'OTHER_FEDERAL'])[1 + g % 7],
                    'Agent ' || (g % 997), 'switchboard', 'NOT_VERIFIED', 'FAX',
                    (ARRAY['DETAINER', 'DETAINER', 'ADMINISTRATIVE_WARRANT', 'NCIC_IMMIGRATION_HIT', 'NONE',
                           'COURT_ORDER', 'JUDICIAL_WARRANT', 'ADMINISTRATIVE_SUBPOENA', 'OTHER', 'NONE'])[1 + g % 10],
                    false, 'IR ' || (1000000 + g), 'CPD',
                    (ARRAY['CIVIL_IMMIGRATION', 'CIVIL_IMMIGRATION', 'CRIMINAL', 'UNKNOWN'])[1 + g % 4], 'NONE',
                    (ARRAY['DECLINE', 'DECLINE', 'LEGAL', 'SUPERVISOR', 'PERMITTED'])[1 + g % 5],
                    'officer' || (g % 400), 'Unit ' || (g % 25), t, 'sgt' || (g % 100),
                    CASE WHEN g % 50 = 0 THEN NULL ELSE t + (g % 300) * INTERVAL '1 minute' END,
                    CASE WHEN g % 10 = 0 THEN t + (g % 300) * INTERVAL '1 minute' END,
                    CASE WHEN g % 10 = 0 THEN 'law' || (g % 20) END,
                    CASE WHEN g % 10 = 0 THEN t + (g % 300) * INTERVAL '1 minute' + (g % 72) * INTERVAL '1 hour' END,
                    CASE WHEN g % 50 = 0 THEN NULL ELSE t + INTERVAL '5 days' END, 0
                FROM (SELECT g, TIMESTAMP WITH TIME ZONE '2016-01-01 06:00:00+00'
                        + (g::double precision / $N) * (TIMESTAMP WITH TIME ZONE '2026-01-01 06:00:00+00'
                           - TIMESTAMP WITH TIME ZONE '2016-01-01 06:00:00+00') AS t
                      FROM generate_series(1, $N) AS g) AS series""".replace("$N", String.valueOf(n)));
            s.execute("""
                INSERT INTO request_ask (request_id, action)
                SELECT id, (ARRAY['DETAIN', 'NOTIFY_RELEASE', 'DISCLOSE_CUSTODY_STATUS', 'ACCESS_PERSON',
                                  'DISCLOSE_RELEASE_DATE', 'TRANSFER_CUSTODY'])[1 + id % 6] FROM federal_request
                UNION ALL
                SELECT id, 'DISCLOSE_CONTACT_INFO' FROM federal_request WHERE id % 3 = 0""");
            s.execute("""
                INSERT INTO request_step (id, request_id, step, from_state, to_state, actor, actor_role, taken_at)
                SELECT 4 * id, id, NULL, NULL, 'SUBMITTED', submitted_by, 'OFFICER', submitted_at FROM federal_request
                UNION ALL
                SELECT 4 * id + 1, id, 'START_REVIEW', 'SUBMITTED', 'UNDER_SUPERVISOR_REVIEW', supervisor, 'SUPERVISOR',
                       supervisor_decided_at FROM federal_request WHERE supervisor_decided_at IS NOT NULL
                UNION ALL
                SELECT 4 * id + 2, id, CASE WHEN escalated_at IS NOT NULL THEN 'ESCALATE' WHEN id % 5 = 4 THEN 'PERMIT'
                       ELSE 'DECLINE' END, 'UNDER_SUPERVISOR_REVIEW', 'DECLINED', supervisor, 'SUPERVISOR',
                       supervisor_decided_at FROM federal_request WHERE supervisor_decided_at IS NOT NULL
                UNION ALL
                SELECT 4 * id + 3, id, CASE WHEN id % 20 = 0 THEN 'APPROVE' ELSE 'REFUSE' END, 'ESCALATED_TO_LEGAL',
                       'LEGAL_REFUSED', legal_signer, 'LEGAL', legal_decided_at FROM federal_request
                       WHERE legal_decided_at IS NOT NULL""");
            s.execute("""
                INSERT INTO custody_outcome (request_id, disposition, occurred_at, receiving_agency, bail_posted_at,
                    recorded_by, recorded_at, version)
                SELECT id, (ARRAY['RELEASED', 'RELEASED', 'TRANSFERRED', 'REMAINED_IN_CUSTODY'])[1 + id % 4],
                       received_at + INTERVAL '20 hours',
                       CASE WHEN id % 4 = 2 THEN 'Cook County Sheriff' END,
                       CASE WHEN id % 2 = 0 THEN received_at + INTERVAL '18 hours' END,
                       submitted_by, received_at + INTERVAL '1 day', 0
                FROM federal_request WHERE document_type IN ('DETAINER', 'ADMINISTRATIVE_WARRANT', 'NCIC_IMMIGRATION_HIT')""");
            s.execute("VACUUM ANALYZE federal_request");
            s.execute("VACUUM ANALYZE request_ask");
            s.execute("VACUUM ANALYZE request_step");
            s.execute("VACUUM ANALYZE custody_outcome");
        }
    }
}
