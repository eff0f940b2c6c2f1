package org.welcomingcity.audit.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.welcomingcity.audit.control.ChainVerifier;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

/**
 * Fills a scratch schema with a chain of N events (default 1,000,000) and times the
 * verification the auditors run. Arguments: JDBC URL, user, password, N. The schema
 * {@code audit_benchmark} is dropped and created again; nothing else is touched.
 */
public final class ChainVerificationBenchmark {

    private static final String SCHEMA = "audit_benchmark";
    /** The chain is sealed as the application seals it, under an audit key (this one is for the benchmark alone). */
    private static final byte[] KEY = "benchmark-audit-key-of-at-least-32-chars".getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/test";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
            }
            Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .placeholders(Map.of("applicationRole", "")).load().migrate(); // one role, as in small installations
            c.setSchema(SCHEMA);

            long fillStart = System.nanoTime();
            String last = fill(c, events);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf("filled %,d events in %.1f s%n", events, fillSeconds);

            for (int run = 1; run <= 3; run++) {
                c.setAutoCommit(false); // PostgreSQL streams rows with a fetch size only inside a transaction
                long start = System.nanoTime();
                ChainReport report = ChainVerifier.verify(c, EventHash.keyed(KEY), List.of());
                double seconds = (System.nanoTime() - start) / 1e9;
                c.commit();
                System.out.printf("verification run %d: intact=%s events=%,d last hash matches=%s in %.2f s (%,.0f events/s)%n",
                        run, report.intact(), report.events(), last.equals(report.lastHash()), seconds,
                        report.events() / seconds);
            }
            c.setAutoCommit(true);
            timeSearch(c, "actor = 'officer17'");
            timeSearch(c, "target = 'request:4242'");
            timeSearch(c, "action = 'REQUEST_READ' AND occurred_at >= TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00Z'"
                    + " AND occurred_at < TIMESTAMP WITH TIME ZONE '2026-01-02 06:00:00Z'");
            timeSearch(c, "1 = 1");
        }
    }

    /** The two statements an auditor's search issues (the count and the newest page of 50), timed together. */
    private static void timeSearch(Connection c, String where) throws SQLException {
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            long total;
            try (Statement s = c.createStatement();
                    java.sql.ResultSet count = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE " + where)) {
                count.next();
                total = count.getLong(1);
            }
            int rows = 0;
            try (Statement s = c.createStatement(); java.sql.ResultSet page = s.executeQuery(
                    "SELECT * FROM audit_event WHERE " + where + " ORDER BY sequence DESC LIMIT 50 OFFSET 0")) {
                while (page.next()) {
                    rows++;
                }
            }
            System.out.printf("search %s (run %d): %,d matches, first page of %d in %.1f ms%n", where, run, total, rows,
                    (System.nanoTime() - start) / 1e6);
        }
    }

    /** Writes the chain the way the trail would have, in batches; returns the last hash. */
    private static String fill(Connection c, int events) throws SQLException {
        c.setAutoCommit(false);
        String previous = EventHash.GENESIS;
        EventHash seal = EventHash.keyed(KEY);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (sequence, occurred_at, actor,"
                + " actor_role, action, target, outcome, origin, detail, previous_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long seq = 1; seq <= events; seq++) {
                Instant at = start.plusMillis(seq * 250).truncatedTo(ChronoUnit.MICROS);
                String actor = "officer" + (seq % 400);
                String target = "request:" + (seq / 7);
                String hash = seal.of(seq, at, actor, "OFFICER", "REQUEST_READ", target, AuditOutcome.SUCCESS,
                        "10.0.0.1", null, previous);
                insert.setLong(1, seq);
                insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(3, actor);
                insert.setString(4, "OFFICER");
                insert.setString(5, "REQUEST_READ");
                insert.setString(6, target);
                insert.setString(7, AuditOutcome.SUCCESS.name());
                insert.setString(8, "10.0.0.1");
                insert.setString(9, null);
                insert.setString(10, previous);
                insert.setString(11, hash);
                insert.addBatch();
                previous = hash;
                if (seq % 5_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, events);
            head.setString(2, previous);
            head.executeUpdate();
        }
        c.commit();
        return previous;
    }

    private ChainVerificationBenchmark() {
    }
}
