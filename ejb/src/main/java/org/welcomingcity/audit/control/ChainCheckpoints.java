package org.welcomingcity.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.entity.ChainCheckpoint;
import org.welcomingcity.audit.entity.ChainHead;
import org.welcomingcity.grid.ClusterTurns;
import org.welcomingcity.grid.DataGrid;

/**
 * Writes the head of the chain (sequence, hash, time) to a file outside the database on a
 * schedule, so that a trail rewritten in the database, even with its hashes recomputed, no
 * longer matches what was written here. Verification checks the chain against every line.
 * <p>
 * Several server instances may share one file: each writes under an exclusive lock of the
 * file, and a head already written is not written again, so each head appears once. Instances
 * with files of their own each keep a full record; both arrangements verify alike. In a
 * deployment group the instances take turns through the Data Grid, so each checkpoint is taken
 * by one instance only. The schedule runs on the server's managed scheduler, not an EJB timer:
 * the application has none, so the server never loads its EJB timer service (seconds of every start).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChainCheckpoints {

    static final String FILE_SETTING = "welcoming.audit.checkpoint-file";
    static final String MINUTES_SETTING = "welcoming.audit.checkpoint-minutes";
    private static final Logger LOG = Logger.getLogger(ChainCheckpoints.class.getName());
    private static final long INTO_SLOT_MILLIS = 5_000L;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = FILE_SETTING)
    Optional<String> fileSetting;

    @Inject
    @ConfigProperty(name = MINUTES_SETTING)
    long minutes;

    @Inject
    Clock clock;

    private Path file;
    private ClusterTurns turns;
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void schedule() {
        if (minutes < 1) {
            throw new IllegalStateException(MINUTES_SETTING + " is " + minutes + ": write a checkpoint at least every"
                    + " few minutes (1 or more)");
        }
        file = Path.of(fileSetting.filter(f -> !f.isBlank()).orElseGet(ChainCheckpoints::inDomainFolder));
        turns = new ClusterTurns(DataGrid.find());
        long interval = minutes * 60_000L;
        schedule = scheduler.scheduleAtFixedRate(this::onSchedule, untilNextTurn(clock.millis(), interval), interval,
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Audit chain checkpoints every " + minutes + " minutes in " + file);
    }

    /**
     * Time until a few seconds into the next slot: the instances of a group fire together, on the
     * clock's slots as the turns are counted, and a small difference between their clocks still
     * puts them in the same slot.
     */
    static long untilNextTurn(long epochMillis, long interval) {
        return interval - Math.floorMod(epochMillis, interval) + INTO_SLOT_MILLIS;
    }

    private static String inDomainFolder() {
        String domain = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir"));
        return Path.of(domain, "audit", "chain-checkpoints.txt").toString();
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /**
     * This instance's turn, if it has it. Called by the scheduler on the bean itself, so outside any
     * transaction: it only reads the chain head. A failure waits for the next turn.
     */
    void onSchedule() {
        try {
            Optional<Long> turn = turns.claim("audit-checkpoint", Duration.ofMinutes(minutes), clock.millis());
            if (turn.isPresent()) {
                write();
                LOG.info(() -> "Audit chain checkpoint turn " + turn.get() + " taken by this instance");
            }
        } catch (RuntimeException failed) {
            LOG.severe(() -> "Could not write the audit chain checkpoint to " + file + ": " + failed.getMessage());
        }
    }

    /** Writes the current head unless it is the last one written; returns what the file now ends with. */
    public synchronized Optional<ChainCheckpoint> write() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        if (head.lastSequence() == 0) {
            return Optional.empty();
        }
        ChainCheckpoint now = new ChainCheckpoint(clock.instant(), head.lastSequence(), head.lastHash().trim());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                List<ChainCheckpoint> written = read(channel);
                ChainCheckpoint last = written.isEmpty() ? null : written.get(written.size() - 1);
                if (last != null && last.sequence() >= now.sequence()) {
                    return Optional.of(last);
                }
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap((now.line() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
                return Optional.of(now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit chain checkpoint to " + file, e);
        }
    }

    /** Every checkpoint written so far; none while the file does not exist yet. */
    public List<ChainCheckpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit chain checkpoints in " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    private List<ChainCheckpoint> read(FileChannel channel) throws IOException {
        channel.position(0);
        BufferedReader lines = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                StandardCharsets.US_ASCII));
        return lines.lines().filter(line -> !line.isBlank()).map(line -> ChainCheckpoint.parse(line).orElseThrow(
                () -> new IllegalStateException("The audit chain checkpoints in " + file + " hold an unreadable line: "
                        + line))).toList();
    }
}
