package org.welcomingcity.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterTurnsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final long NOON = 1_796_212_800_000L;
    private static HazelcastInstance grid;

    @BeforeAll
    static void startGrid() {
        Config config = new Config();
        config.setClusterName("cluster-turns-test-" + ProcessHandle.current().pid());
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().setPort(32700).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        grid = Hazelcast.newHazelcastInstance(config);
    }

    @AfterAll
    static void stopGrid() {
        grid.shutdown();
    }

    @Test
    void aTurnIsTakenOnceWhoeverAsks() {
        ClusterTurns first = new ClusterTurns(Optional.of(grid));
        ClusterTurns second = new ClusterTurns(Optional.of(grid));

        assertThat(first.claim("job-a", HOUR, NOON + 1_000)).contains(NOON / HOUR.toMillis());
        assertThat(second.claim("job-a", HOUR, NOON + 30_000)).isEmpty();
        assertThat(first.claim("job-a", HOUR, NOON + 59_000)).isEmpty();
    }

    @Test
    void theNextSlotAndOtherJobsAreTurnsOfTheirOwn() {
        ClusterTurns turns = new ClusterTurns(Optional.of(grid));

        assertThat(turns.claim("job-b", HOUR, NOON)).isPresent();
        assertThat(turns.claim("job-b", HOUR, NOON + HOUR.toMillis())).isPresent();
        assertThat(turns.claim("job-c", HOUR, NOON)).isPresent();
    }

    @Test
    void withoutAGridEveryTurnIsThisInstances() {
        ClusterTurns alone = new ClusterTurns(Optional.empty());

        assertThat(alone.claim("job-d", HOUR, NOON)).isPresent();
        assertThat(alone.claim("job-d", HOUR, NOON)).isPresent();
    }
}
