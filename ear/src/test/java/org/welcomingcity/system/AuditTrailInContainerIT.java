package org.welcomingcity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.welcomingcity.audit.control.ChainCheckpoints;
import org.welcomingcity.audit.control.ChainVerification;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.EventHash;
import org.welcomingcity.audit.entity.ChainReport;

/**
 * The audit trail inside the server, on the configured database (H2 by default, PostgreSQL
 * with -Ppostgres): tampering straight in the database is found, even by someone who works
 * as the application's own database role and recomputes the hashes; the chain is checked
 * against the checkpoints written outside the database; concurrent writers never fork the
 * chain, and an event lives and dies with the change it records.
 */
@OwnDeployment(sharedAs = OwnDeployment.FOR_CHECKS)
@ExtendWith(ArquillianExtension.class)
class AuditTrailInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.welcomingForChecks();
    }

    @EJB
    AuditTestSupport support;

    @EJB
    ChainVerification chain;

    @EJB
    ChainCheckpoints checkpoints;

    @Resource(lookup = "jdbc/welcoming")
    DataSource dataSource;

    @Test
    void aChangedFieldIsFound() throws SQLException {
        long last = support.append(3, "TEST_TAMPER");
        long target = last - 1;
        tamper("UPDATE audit_event SET actor = 'someone-else' WHERE sequence = " + target,
                "UPDATE audit_event SET actor = 'system' WHERE sequence = " + target, target, "changed");
    }

    @Test
    void aDeletedEventIsFound() throws SQLException {
        long last = support.append(3, "TEST_TAMPER");
        long target = last - 1;
        String restore = copyOf(target);
        tamper("DELETE FROM audit_event WHERE sequence = " + target, restore, target, "missing");
    }

    @Test
    void aForgedEventIsFound() throws SQLException {
        long last = support.append(2, "TEST_TAMPER");
        long forged = last + 1;
        String forge = copyOf(last).replace("VALUES (" + last + ",", "VALUES (" + forged + ",")
                .replaceFirst("'([0-9a-f]{64})', '([0-9a-f]{64})'\\)$", "'$2', '" + "f".repeat(64) + "')");
        tamper(forge, "DELETE FROM audit_event WHERE sequence = " + forged, forged, "");
    }

    @Test
    void twoSwappedEventsAreFound() throws SQLException {
        long last = support.append(3, "TEST_TAMPER");
        long a = last - 2;
        long b = last;
        String swap = "UPDATE audit_event SET sequence = -1 WHERE sequence = " + a + ";"
                + "UPDATE audit_event SET sequence = " + a + " WHERE sequence = " + b + ";"
                + "UPDATE audit_event SET sequence = " + b + " WHERE sequence = -1";
        tamper(swap, swap, a, "");
    }

    @Test
    void sixteenConcurrentWritersNeitherForkNorSkip() throws Exception {
        long before = verified().lastSequence();
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            int events = 625; // 16 x 625 = 10,000 events
            Thread writer = new Thread(() -> {
                for (int done = 0; done < events; done += 5) {
                    support.append(5, "TEST_CONCURRENT");
                }
            });
            writer.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertEquals(List.of(), failures);
        ChainReport after = verified();
        assertEquals(before + 10_000, after.lastSequence());
        assertEquals(after.events(), after.lastSequence(), "no gaps: as many events as the last sequence number");
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        long before = verified().lastSequence();
        String marker = UUID.randomUUID().toString();
        assertThrows(EJBException.class, () -> support.changeRecordThenFail(marker));
        assertEquals(before, verified().lastSequence());
        assertFalse(reviewExists(marker));
    }

    @Test
    void aFailedEventWriteRollsTheChangeBack() {
        long before = verified().lastSequence();
        String marker = UUID.randomUUID().toString();
        assertThrows(EJBException.class, () -> support.changeWithUnwritableEvent(marker));
        assertEquals(before, verified().lastSequence());
        assertFalse(reviewExists(marker));
    }

    /**
     * On PostgreSQL the application's role lacks the privilege, and even the schema's owner (a
     * superuser in the tests) is stopped by the triggers. H2 has neither: there a change goes
     * through, and the hash chain names it.
     */
    @Test
    void theDatabaseRefusesChangesOrTheChainRevealsThem() throws SQLException {
        long last = support.append(1, "TEST_APPEND_ONLY");
        if (isPostgres()) {
            List<String> changes = List.of("UPDATE audit_event SET actor = 'x' WHERE sequence = " + last,
                    "DELETE FROM audit_event WHERE sequence = " + last, "TRUNCATE audit_event");
            assertRefused(dataSource, changes, "permission denied");
            assertRefused(owner(), changes, "append-only");
        } else {
            tamper("UPDATE audit_event SET action = 'X' WHERE sequence = " + last,
                    "UPDATE audit_event SET action = '" + AuditTestSupport.ACTION + "' WHERE sequence = " + last, last, "changed");
        }
        verified();
    }

    /**
     * An insider with the application's database credentials appends two events of their own,
     * hashed the way the trail hashed them before it had a key (plain SHA-256, which anyone can
     * compute), and moves the head onto them. The database lets the application's role append;
     * the verification names the first forged event, because it was not sealed with the key.
     */
    @Test
    void eventsForgedThroughTheApplicationsRoleWithRecomputedHashesAreFound() throws SQLException {
        long last = support.append(2, "TEST_FORGE");
        String lastHash = verified().lastHash();
        byte[] checkpointsBefore = checkpointsNow(); // the scheduled checkpoint must not keep the forgery
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String previous = lastHash;
            for (long sequence = last + 1; sequence <= last + 2; sequence++) {
                previous = forge(c, sequence, previous);
            }
            c.commit();
        }
        try {
            ChainReport report = chain.verify();
            assertFalse(report.intact());
            assertEquals(last + 1, report.firstBadSequence(), report.problem());
            assertTrue(report.problem().contains("without the audit key"), report.problem());
        } finally {
            asOwnerWithoutTriggers("DELETE FROM audit_event WHERE sequence > " + last + ";"
                    + "UPDATE audit_chain_head SET last_sequence = " + last + ", last_hash = '" + lastHash + "'");
            restoreCheckpoints(checkpointsBefore);
        }
        verified();
    }

    /** Writes one event with a plain SHA-256 hash and moves the head onto it, as the application's role may. */
    private static String forge(Connection c, long sequence, String previous) throws SQLException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = EventHash.plain().of(sequence, at, "officer", "OFFICER", "REQUEST_READ", "request:1",
                AuditOutcome.SUCCESS, "10.0.0.1", null, previous);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (sequence, occurred_at, actor,"
                + " actor_role, action, target, outcome, origin, detail, previous_hash, hash)"
                + " VALUES (?, ?, 'officer', 'OFFICER', 'REQUEST_READ', 'request:1', 'SUCCESS', '10.0.0.1', NULL, ?, ?)");
                PreparedStatement head = c.prepareStatement(
                        "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            insert.setLong(1, sequence);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, previous);
            insert.setString(4, hash);
            insert.executeUpdate();
            head.setLong(1, sequence);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return hash;
    }

    /**
     * PostgreSQL: the application's role can move the head only forward and onto an event that
     * exists, and cannot touch where the keyed hashes begin; neither can the owner, but for the
     * triggers. H2 has no triggers: there a head set back is named by the verification.
     */
    @Test
    void theHeadOnlyMovesForwardOrTheChainRevealsIt() throws SQLException {
        long last = support.append(2, "TEST_HEAD");
        verified();
        if (isPostgres()) {
            assertRefused(dataSource, List.of("UPDATE audit_chain_head SET last_sequence = " + (last - 1),
                    "UPDATE audit_chain_head SET last_sequence = last_sequence"), "only moves forward");
            assertRefused(dataSource, List.of("DELETE FROM audit_chain_head", "TRUNCATE audit_chain_head",
                    "UPDATE audit_hash_scheme SET keyed_from_sequence = 1000000", "DELETE FROM audit_hash_scheme"),
                    "permission denied");
            assertRefused(owner(), List.of("UPDATE audit_hash_scheme SET keyed_from_sequence = 1000000"), "is fixed");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(
                        "UPDATE audit_chain_head SET last_sequence = " + (last + 5) + ", last_hash = '" + "a".repeat(64) + "'"));
                assertTrue(refused.getMessage().contains("a hash no event has"), refused.getMessage());
            }
        } else {
            String lastHash = verified().lastHash();
            byte[] checkpointsBefore = checkpointsNow();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_chain_head SET last_sequence = " + (last - 1) + ", last_hash = (SELECT hash"
                        + " FROM audit_event WHERE sequence = " + (last - 1) + ")");
            }
            try {
                ChainReport report = chain.verify();
                assertFalse(report.intact());
                assertEquals(last, report.firstBadSequence(), report.problem());
            } finally {
                asOwnerWithoutTriggers("UPDATE audit_chain_head SET last_sequence = " + last + ", last_hash = '"
                        + lastHash + "'");
                restoreCheckpoints(checkpointsBefore);
            }
        }
        verified();
    }

    /**
     * The head is written outside the database; a checkpoint that names an event with another
     * hash, or an event beyond the end of the trail, is reported as a rewritten trail.
     */
    @Test
    void aCheckpointThatDisagreesWithTheChainIsReported() throws Exception {
        long last = support.append(1, "TEST_CHECKPOINT");
        ChainCheckpoint written = checkpoints.write().orElseThrow();
        assertEquals(last, written.sequence());
        String lastHash = verified().lastHash();
        assertEquals(lastHash, written.hash());
        byte[] kept = Files.readAllBytes(checkpoints.file());
        try {
            appendCheckpoint(new ChainCheckpoint(Instant.now(), last, "e".repeat(64)));
            ChainReport report = chain.verify();
            assertFalse(report.intact());
            assertEquals(last, report.firstBadSequence(), report.problem());
            assertTrue(report.problem().contains("checkpoint of"), report.problem());

            Files.write(checkpoints.file(), kept);
            appendCheckpoint(new ChainCheckpoint(Instant.now(), last + 1000, lastHash));
            report = chain.verify();
            assertFalse(report.intact());
            assertTrue(report.problem().contains("names event " + (last + 1000) + ", beyond the end"), report.problem());
        } finally {
            Files.write(checkpoints.file(), kept);
        }
        verified();
    }

    /** The checkpoint file as it is, or null while there is none. */
    private byte[] checkpointsNow() {
        try {
            return Files.exists(checkpoints.file()) ? Files.readAllBytes(checkpoints.file()) : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void restoreCheckpoints(byte[] before) {
        try {
            if (before == null) {
                Files.deleteIfExists(checkpoints.file());
            } else {
                Files.write(checkpoints.file(), before);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void appendCheckpoint(ChainCheckpoint checkpoint) throws Exception {
        Files.writeString(checkpoints.file(), checkpoint.line() + "\n", StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Runs statements as the schema's owner with the audit triggers off (PostgreSQL), to undo a test's forgery. */
    private void asOwnerWithoutTriggers(String statements) throws SQLException {
        try (Connection c = owner().getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
                s.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER USER");
            }
            try {
                run(s, statements);
            } finally {
                if (postgres) {
                    s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
                    s.execute("ALTER TABLE audit_chain_head ENABLE TRIGGER USER");
                }
            }
        }
    }

    private boolean isPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private static void assertRefused(DataSource as, List<String> changes, String reason) throws SQLException {
        try (Connection c = as.getConnection(); Statement s = c.createStatement()) {
            for (String change : changes) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains(reason), refused.getMessage());
            }
        }
    }

    /** The schema owner's data source where the domain has one (PostgreSQL with two roles), else the application's. */
    private DataSource owner() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/welcoming-schema");
        } catch (NamingException none) {
            return dataSource;
        }
    }

    private ChainReport verified() {
        ChainReport report = chain.verify();
        assertTrue(report.intact(), () -> "chain broken before the test: " + report);
        return report;
    }

    /** Tampers, verifies that the first bad event is named, then undoes the tampering. */
    private void tamper(String change, String undo, long expectedFirstBad, String problemWords) throws SQLException {
        verified();
        try (Connection c = owner().getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER"); // as the superuser the tests connect as
            }
            try {
                run(s, change);
                ChainReport report = chain.verify();
                assertFalse(report.intact());
                assertEquals(expectedFirstBad, report.firstBadSequence(), report.problem());
                assertTrue(report.problem().contains(problemWords), report.problem());
            } finally {
                run(s, undo);
                if (postgres) {
                    s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
                }
            }
        }
        verified();
    }

    private static void run(Statement s, String statements) throws SQLException {
        for (String sql : statements.split(";")) {
            s.executeUpdate(sql);
        }
    }

    /** An INSERT statement that puts the event back exactly as it is now. */
    private String copyOf(long sequence) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT sequence, occurred_at, actor, actor_role, action, target,"
                        + " outcome, origin, detail, previous_hash, hash FROM audit_event WHERE sequence = ?")) {
            q.setLong(1, sequence);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return "INSERT INTO audit_event (sequence, occurred_at, actor, actor_role, action, target, outcome, origin,"
                        + " detail, previous_hash, hash) VALUES (" + r.getLong(1) + ", TIMESTAMP WITH TIME ZONE '"
                        + r.getObject(2, java.time.OffsetDateTime.class) + "', " + literal(r.getString(3)) + ", "
                        + literal(r.getString(4)) + ", " + literal(r.getString(5)) + ", " + literal(r.getString(6)) + ", "
                        + literal(r.getString(7)) + ", " + literal(r.getString(8)) + ", " + literal(r.getString(9)) + ", '"
                        + r.getString(10) + "', '" + r.getString(11) + "')";
            }
        }
    }

    private static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    private boolean reviewExists(String findings) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_review WHERE findings = ?")) {
            q.setString(1, findings);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
