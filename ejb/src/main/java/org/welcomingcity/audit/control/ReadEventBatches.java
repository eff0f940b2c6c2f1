package org.welcomingcity.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.welcomingcity.audit.entity.Appended;
import org.welcomingcity.audit.entity.AuditRecord;

/**
 * The events of reads, appended to the chain in batches (group commit), so that concurrent
 * readers on one instance take the head of the chain once between them instead of once each.
 * <p>
 * A read that finds no batch being appended leads: it appends every event waiting (its own
 * first) in its own transaction, and answers at once, as any use case does when it records.
 * The reads whose events it took wait until that transaction has ended: committed, they go on
 * to answer; rolled back, their events wait again and one of them leads the next batch. A read
 * that arrives while a batch is being appended waits for the next. So no read answers before
 * its event is committed, the chain stays one chain, and a read never needs a second
 * connection: the leader's is the one its own read already holds.
 * <p>
 * Only reads may be batched: a change must commit with its own event, which a batch committed
 * by another transaction would not give it.
 */
@ApplicationScoped
public class ReadEventBatches {

    /**
     * How long a read waits for a batch to take and commit its event before it fails. Its event
     * may still be committed by the batch that took it: the trail can then show a read that did
     * not answer, never an answer without its event.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    /** A batch has been appended by a transaction that has not ended yet. */
    private boolean appending;

    /**
     * Appends {@code record} inside the running transaction or, when another read's transaction
     * is appending a batch, in the next batch, and answers its place once it is committed there.
     * {@code appendAll} appends records in the order given, in the running transaction.
     */
    public Appended append(AuditRecord record, Function<List<AuditRecord>, List<Appended>> appendAll) {
        Waiting mine = new Waiting(record);
        List<Waiting> batch = takeOrAwait(mine);
        if (batch == null) {
            return mine.appended;
        }
        transactions.registerInterposedSynchronization(new Settle(batch));
        List<Appended> places;
        try {
            places = appendAll.apply(batch.stream().map(read -> read.record).toList());
        } catch (RuntimeException e) {
            transactions.setRollbackOnly(); // so that the other reads wait for the next batch
            throw e;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).appended = places.get(i);
        }
        return mine.appended;
    }

    /**
     * The batch to append, {@code mine} first, when this read leads; null once another read's
     * transaction has committed {@code mine}.
     */
    private List<Waiting> takeOrAwait(Waiting mine) {
        long left = WAIT.toNanos();
        lock.lock();
        try {
            waiting.add(mine);
            while (appending && !mine.committed) {
                if (left <= 0) {
                    waiting.remove(mine);
                    throw new IllegalStateException("The audit event of this read was not committed within "
                            + WAIT.toSeconds() + " s: the audit trail cannot be written");
                }
                left = settled.awaitNanos(left);
            }
            if (mine.committed) {
                return null;
            }
            waiting.remove(mine);
            List<Waiting> batch = new ArrayList<>(waiting.size() + 1);
            batch.add(mine);
            batch.addAll(waiting);
            waiting.clear();
            appending = true;
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waiting.remove(mine); // awaitNanos has taken the lock back
            throw new IllegalStateException("Interrupted while the audit event of this read was waiting", e);
        } finally {
            lock.unlock();
        }
    }

    /** How many reads wait for the next batch. */
    int waitingCount() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** A read's event on its way into the chain. */
    private static final class Waiting {
        private final AuditRecord record;
        private Appended appended;
        private boolean committed;

        Waiting(AuditRecord record) {
            this.record = record;
        }
    }

    /**
     * Ends the leader's batch with its transaction: the other reads are told their events are
     * committed, or, after a rollback, put back to wait for the next batch. The leader's own
     * event is first and needs neither: its read ends with the same transaction.
     */
    private final class Settle implements Synchronization {
        private final List<Waiting> batch;

        Settle(List<Waiting> batch) {
            this.batch = batch;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            List<Waiting> others = batch.subList(1, batch.size());
            lock.lock();
            try {
                if (status == Status.STATUS_COMMITTED) {
                    others.forEach(read -> read.committed = true);
                } else {
                    for (int i = others.size() - 1; i >= 0; i--) {
                        waiting.addFirst(others.get(i)); // first, in their order: they have waited longest
                    }
                }
                appending = false;
                settled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
