package org.welcomingcity.request.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.welcomingcity.grid.ClusterTurns;
import org.welcomingcity.grid.DataGrid;
import org.welcomingcity.request.entity.ScanRemoval;

/**
 * Removes expired scans once a day, at night. Every instance keeps the same non-persistent
 * timer; in a deployment group the day's turn goes to one instance only (as audit checkpoints do).
 */
@Singleton
@Startup
public class ScanRemovalSchedule {

    private static final Logger LOG = Logger.getLogger(ScanRemovalSchedule.class.getName());

    @EJB
    ExpiredScans scans;

    private final Clock clock = Clock.systemUTC();
    private ClusterTurns turns;

    @PostConstruct
    void join() {
        turns = new ClusterTurns(DataGrid.find());
    }

    @Schedule(hour = "2", minute = "30", persistent = false, info = "expired scans")
    void daily() {
        if (turns.claim("scan-removal", Duration.ofDays(1), clock.millis()).isEmpty()) {
            return;
        }
        ScanRemoval removal = scans.removeAllDue();
        if (removal.requests() > 0) {
            LOG.info(() -> "Removed " + removal.documents() + " scans of " + removal.requests()
                    + " requests that ended before " + removal.endedBefore());
        }
    }
}
