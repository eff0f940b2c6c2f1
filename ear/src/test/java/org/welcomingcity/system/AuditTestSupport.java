package org.welcomingcity.system;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;

/**
 * A test-only EJB deployed beside the in-container tests: business changes in one container
 * transaction with their audit events, the way every use case records them. Its events carry an
 * action no other test counts ({@link #ACTION}); the test's label goes into the target.
 */
@Stateless
public class AuditTestSupport {

    static final AuditAction ACTION = AuditAction.ACCOUNTS_LISTED;

    @EJB
    AuditTrail trail;

    @Resource(lookup = "jdbc/welcoming")
    DataSource dataSource;

    /** Appends events in one transaction; returns the last sequence number. */
    public long append(int count, String label) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = trail.record(ACTION, "test:" + label + ":" + i, AuditOutcome.SUCCESS, null).sequence();
        }
        return last;
    }

    /** A business change (a review row) and its event, then a failure: both must roll back. */
    public void changeRecordThenFail(String findings) {
        insertReview(findings);
        trail.record(ACTION, "test:review", AuditOutcome.SUCCESS, null);
        throw new IllegalStateException("the use case fails after recording");
    }

    /** A business change whose event cannot be written: the change must roll back. */
    public void changeWithUnwritableEvent(String findings) {
        insertReview(findings);
        trail.record(ACTION, "test:review", AuditOutcome.SUCCESS, AuditDetail.of("note", "x".repeat(5000)));
    }

    private void insertReview(String findings) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO audit_review"
                        + " (id, reviewed_at, reviewer, up_to_sequence, findings) VALUES (?, CURRENT_TIMESTAMP, 'test', 0, ?)")) {
            insert.setLong(1, -System.nanoTime());
            insert.setString(2, findings);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
