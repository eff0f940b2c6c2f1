package org.welcomingcity.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import javax.sql.DataSource;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.ChainReport;
import org.welcomingcity.audit.entity.EventHash;

/**
 * Streams the whole audit table through a {@link ChainCheck} with plain JDBC: a million
 * events must verify in seconds, which rules out loading entities.
 */
public final class ChainVerifier {

    private static final String EVENTS = "SELECT sequence, occurred_at, actor, actor_role, action, target, outcome,"
            + " origin, detail, previous_hash, hash FROM audit_event ORDER BY sequence";
    private static final String KEYED_FROM = "SELECT keyed_from_sequence FROM audit_hash_scheme WHERE id = 1";
    private static final String HEAD = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";
    private static final int FETCH_SIZE = 5_000;

    private ChainVerifier() {
    }

    /**
     * @param keyed the keyed hash of the audit key, used by this call alone
     * @param checkpoints the heads written outside the database, read before the events
     */
    public static ChainReport verify(DataSource dataSource, EventHash keyed, Collection<ChainCheckpoint> checkpoints) {
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection, keyed, checkpoints);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    public static ChainReport verify(Connection connection, EventHash keyed, Collection<ChainCheckpoint> checkpoints)
            throws SQLException {
        ChainCheck check = new ChainCheck(keyedFrom(connection), keyed, checkpoints);
        try (PreparedStatement events = connection.prepareStatement(EVENTS)) {
            events.setFetchSize(FETCH_SIZE);
            try (ResultSet row = events.executeQuery()) {
                boolean going = true;
                while (going && row.next()) {
                    going = check.accept(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                            AuditOutcome.valueOf(row.getString(7)), row.getString(8), row.getString(9),
                            row.getString(10), row.getString(11));
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                return check.finish(-1, "");
            }
            return check.finish(row.getLong(1), row.getString(2));
        }
    }

    /** The first event sealed with the audit key, as the migration that introduced it recorded. */
    private static long keyedFrom(Connection connection) throws SQLException {
        try (PreparedStatement marker = connection.prepareStatement(KEYED_FROM); ResultSet row = marker.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("audit_hash_scheme has no row: the audit schema is incomplete");
            }
            return row.getLong(1);
        }
    }
}
