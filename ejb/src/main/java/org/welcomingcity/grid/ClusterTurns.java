package org.welcomingcity.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which instance of the group does a piece of scheduled work. Every instance keeps its
 * own non-persistent timer (so the work goes on while any instance is up); when it fires, the
 * instance asks for the turn, a time slot of the job, and only the first to ask gets it. The
 * turns are kept in the Data Grid for two slots' time, so an instance that dies costs at most
 * the turn it held, never a second run. Without a grid every turn is this instance's.
 */
public final class ClusterTurns {

    static final String MAP = "welcoming.scheduled-turns";
    private static final Logger LOG = Logger.getLogger(ClusterTurns.class.getName());

    private final Optional<HazelcastInstance> grid;

    public ClusterTurns(Optional<HazelcastInstance> grid) {
        this.grid = grid;
    }

    /** The turn of {@code job} in the slot of length {@code every} that holds {@code epochMillis}, if it is ours. */
    public Optional<Long> claim(String job, Duration every, long epochMillis) {
        long slot = Math.floorDiv(epochMillis, every.toMillis());
        if (grid.isEmpty()) {
            return Optional.of(slot);
        }
        try {
            IMap<String, String> turns = grid.get().getMap(MAP);
            String me = grid.get().getCluster().getLocalMember().getUuid().toString();
            String holder = turns.putIfAbsent(job + "@" + slot, me, every.toMillis() * 2, TimeUnit.MILLISECONDS);
            return holder == null ? Optional.of(slot) : Optional.empty();
        } catch (RuntimeException gridUnavailable) {
            // Better twice than never: the work is idempotent where it matters (the checkpoint file).
            LOG.log(Level.WARNING, "The Data Grid did not answer; " + job + " runs on this instance", gridUnavailable);
            return Optional.of(slot);
        }
    }
}
