package org.welcomingcity.request.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.welcomingcity.grid.ClusterTurns;
import org.welcomingcity.grid.DataGrid;
import org.welcomingcity.request.entity.ScanRemoval;

/**
 * Removes expired scans once a day, at 02:30 server time. Every instance keeps the same schedule on
 * the server's managed scheduler (not an EJB timer, as for audit checkpoints); in a deployment group
 * the day's turn goes to one instance only.
 */
@Singleton
@Startup
public class ScanRemovalSchedule {

    private static final Logger LOG = Logger.getLogger(ScanRemovalSchedule.class.getName());

    @EJB
    ExpiredScans scans;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    private ClusterTurns turns;
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void join() {
        turns = new ClusterTurns(DataGrid.find());
        schedule = scheduler.schedule(this::daily, new CronTrigger("30 2 * * *", ZoneId.systemDefault()));
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** The day's removal, request by request ({@link ExpiredScans}); a failure waits for the next night. */
    void daily() {
        try {
            if (turns.claim("scan-removal", Duration.ofDays(1), clock.millis()).isEmpty()) {
                return;
            }
            ScanRemoval removal = scans.removeAllDue();
            if (removal.requests() > 0) {
                LOG.info(() -> "Removed " + removal.documents() + " scans of " + removal.requests()
                        + " requests that ended before " + removal.endedBefore());
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "The nightly removal of expired scans failed; the next night tries again", failed);
        }
    }
}
