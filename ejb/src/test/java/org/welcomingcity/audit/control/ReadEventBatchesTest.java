package org.welcomingcity.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.entity.Appended;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.audit.entity.AuditRecord;

/**
 * The batching of read events, with transactions played by the test: each read runs in a
 * transaction of its own thread, and the test decides when and how the leader's ends. The
 * container's transactions and the database are in the end-to-end tests (AuditApiIT).
 */
class ReadEventBatchesTest {

    private final Transactions transactions = new Transactions();
    private final ReadEventBatches batches = new ReadEventBatches();
    private final Chain chain = new Chain();
    private final ExecutorService readers = Executors.newCachedThreadPool();

    ReadEventBatchesTest() {
        batches.transactions = transactions;
    }

    @AfterEach
    void stop() {
        readers.shutdownNow();
    }

    @Test
    void aLoneReadAppendsItsOwnEventInItsOwnTransaction() {
        transactions.begin();
        Appended place = batches.append(read("r1"), chain::append);
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(place.sequence()).isEqualTo(1);
        assertThat(chain.batches).containsExactly(List.of("r1"));
    }

    @Test
    void readsArrivingWhileABatchIsOpenWaitForItsCommitThenGoTogether() throws Exception {
        transactions.begin();
        batches.append(read("leader"), chain::append); // its transaction has not ended: the head is held

        List<Future<Appended>> waiting = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            waiting.add(readers.submit(readInTransaction("r" + i, Status.STATUS_COMMITTED)));
        }
        chain.awaitWaiting(batches, 3);
        assertThat(waiting).noneMatch(Future::isDone);

        transactions.end(Status.STATUS_COMMITTED);
        List<Long> sequences = new ArrayList<>();
        for (Future<Appended> read : waiting) {
            sequences.add(read.get(10, TimeUnit.SECONDS).sequence());
        }

        assertThat(chain.batches).hasSize(2).first().isEqualTo(List.of("leader"));
        assertThat(chain.batches.get(1)).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(sequences).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void whenTheLeadersTransactionRollsBackTheOthersEventsGoInTheNextBatch() throws Exception {
        transactions.begin();
        batches.append(read("first"), chain::append);
        Future<Appended> second = readers.submit(readInTransaction("second", Status.STATUS_ROLLEDBACK));
        Future<Appended> third = readers.submit(readInTransaction("third", Status.STATUS_COMMITTED));
        chain.awaitWaiting(batches, 2);
        transactions.end(Status.STATUS_COMMITTED);

        // One of the two leads the next batch with both events; if it is "second", its rollback
        // puts "third" back to wait, and "third" appends its event alone.
        assertThat(third.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(second.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(chain.committed()).contains("first", "third");
    }

    @Test
    void aLeaderThatCannotAppendFailsAndMarksItsTransactionForRollback() {
        transactions.begin();
        Function<List<AuditRecord>, List<Appended>> broken = records -> {
            throw new IllegalStateException("the database is gone");
        };

        assertThatThrownBy(() -> batches.append(read("r1"), broken)).hasMessageContaining("database is gone");
        assertThat(transactions.current().rollbackOnly).isTrue();
        transactions.end(Status.STATUS_ROLLEDBACK);

        transactions.begin();
        assertThat(batches.append(read("r2"), chain::append).sequence()).isEqualTo(1);
        transactions.end(Status.STATUS_COMMITTED);
    }

    private Callable<Appended> readInTransaction(String name, int ending) {
        return () -> {
            transactions.begin();
            try {
                return batches.append(read(name), chain::append);
            } finally {
                transactions.end(ending);
            }
        };
    }

    private static AuditRecord read(String target) {
        return new AuditRecord("officer", "OFFICER", "REQUEST_READ", target, AuditOutcome.SUCCESS, "server", null);
    }

    /** Appends by batch, as the trail would, and keeps which batches were committed. */
    private final class Chain {
        private final List<List<String>> batches = new ArrayList<>();
        private final List<List<String>> rolledBack = new ArrayList<>();
        private long last;

        synchronized List<Appended> append(List<AuditRecord> records) {
            List<String> targets = records.stream().map(AuditRecord::target).toList();
            List<Appended> places = new ArrayList<>();
            for (AuditRecord record : records) {
                places.add(new Appended(++last, record.target()));
            }
            batches.add(targets);
            transactions.current().onRollback = () -> {
                synchronized (this) {
                    batches.remove(targets);
                    rolledBack.add(targets);
                    last -= targets.size();
                }
            };
            return places;
        }

        synchronized List<String> committed() {
            return batches.stream().flatMap(List::stream).toList();
        }

        /** Until {@code count} reads wait behind the open batch. */
        void awaitWaiting(ReadEventBatches batches, int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (batches.waitingCount() < count) {
                assertThat(System.nanoTime()).as("reads waiting behind the batch").isLessThan(deadline);
                Thread.sleep(5);
            }
        }
    }

    /** One transaction per thread, ended by the test with the status it chooses. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        private final ThreadLocal<Transaction> running = new ThreadLocal<>();

        static final class Transaction {
            private final List<Synchronization> synchronizations = new ArrayList<>();
            private boolean rollbackOnly;
            private Runnable onRollback = () -> { };
        }

        void begin() {
            running.set(new Transaction());
        }

        Transaction current() {
            return running.get();
        }

        void end(int status) {
            Transaction ending = running.get();
            running.remove();
            int outcome = ending.rollbackOnly ? Status.STATUS_ROLLEDBACK : status;
            if (outcome != Status.STATUS_COMMITTED) {
                ending.onRollback.run();
            }
            ending.synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            running.get().synchronizations.add(sync);
        }

        @Override
        public void setRollbackOnly() {
            running.get().rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return running.get().rollbackOnly;
        }

        @Override
        public int getTransactionStatus() {
            return running.get() == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public Object getTransactionKey() {
            return running.get();
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }
    }
}
