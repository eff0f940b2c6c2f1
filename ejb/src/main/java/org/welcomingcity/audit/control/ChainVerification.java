package org.welcomingcity.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import javax.sql.DataSource;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.ChainReport;

/** Walks the whole chain with the audit key and against every checkpoint written outside the database. */
@Stateless
public class ChainVerification {

    @Resource(lookup = "jdbc/welcoming")
    DataSource dataSource;

    @EJB
    AuditKey key;

    @EJB
    ChainCheckpoints checkpoints;

    public ChainReport verify() {
        List<ChainCheckpoint> written = checkpoints.read(); // first: each names an event already committed
        return ChainVerifier.verify(dataSource, key.seal(), written);
    }
}
