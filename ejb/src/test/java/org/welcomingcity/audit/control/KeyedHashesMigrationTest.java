package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

/**
 * A trail recorded before the audit key, migrated with the application's own migrations (on
 * the embedded H2): its plain events still verify, the keyed ones after them too, and a plain
 * event after the first keyed one is reported.
 */
class KeyedHashesMigrationTest {

    private static final byte[] KEY = "the key of this installation, 32+ chars".getBytes(StandardCharsets.UTF_8);
    private final String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aChainRecordedBeforeTheKeyStillVerifiesAndTheKeyedEventsFollowIt() throws SQLException {
        migrate("11"); // the schema as it was before the key
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            String last = append(c, 1, 3, EventHash.plain(), EventHash.GENESIS);
            migrate(null);
            assertThat(keyedFrom(c)).isEqualTo(4);
            assertThat(verify(c).intact()).isTrue();

            last = append(c, 4, 2, EventHash.keyed(KEY), last);
            ChainReport report = verify(c);
            assertThat(report.intact()).isTrue();
            assertThat(report.events()).isEqualTo(5);

            append(c, 6, 1, EventHash.plain(), last); // as someone without the key would
            report = verify(c);
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBadSequence()).isEqualTo(6);
            assertThat(report.problem()).contains("without the audit key");
        }
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private static ChainReport verify(Connection c) throws SQLException {
        return ChainVerifier.verify(c, EventHash.keyed(KEY), List.of());
    }

    private static long keyedFrom(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT keyed_from_sequence FROM audit_hash_scheme");
                ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Appends events the way the trail does, with the given hash, and moves the head; returns the last hash. */
    private static String append(Connection c, long from, int count, EventHash hash, String previous)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (sequence, occurred_at, actor,"
                + " actor_role, action, target, outcome, origin, detail, previous_hash, hash)"
                + " VALUES (?, ?, 'officer', 'OFFICER', 'LOGON', 'account:officer', 'SUCCESS', '127.0.0.1', NULL, ?, ?)");
                PreparedStatement head = c.prepareStatement(
                        "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            for (long sequence = from; sequence < from + count; sequence++) {
                Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence);
                String next = hash.of(sequence, at, "officer", "OFFICER", "LOGON", "account:officer",
                        AuditOutcome.SUCCESS, "127.0.0.1", null, previous);
                insert.setLong(1, sequence);
                insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(3, previous);
                insert.setString(4, next);
                insert.executeUpdate();
                head.setLong(1, sequence);
                head.setString(2, next);
                head.executeUpdate();
                previous = next;
            }
        }
        return previous;
    }
}
