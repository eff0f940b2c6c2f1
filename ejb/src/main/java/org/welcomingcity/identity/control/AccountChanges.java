package org.welcomingcity.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the remembered API log-ons when an account changed, without asking the database: each
 * account has a generation, here in memory, that moves on once a change (a lock after failed
 * log-ons, a disable, new roles or unit, a reset, an unlock, a new password) is committed, on
 * this instance and, through the Data Grid, on the others. A log-on remembered at an older
 * generation is verified again, against the account as it now is. The generation must be read
 * before the account is, so that a change committing in between also ends what is remembered.
 */
@ApplicationScoped
public class AccountChanges {

    private static final Logger LOG = Logger.getLogger(AccountChanges.class.getName());

    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Null when this instance works alone. */
    private DataGridTopic otherInstances;

    @PostConstruct
    void join() {
        try {
            otherInstances = DataGridTopic.join(this::moveOn);
        } catch (LinkageError noHazelcastClasses) {
            LOG.log(Level.INFO, "No Data Grid: account changes end remembered log-ons on this instance only",
                    noHazelcastClasses);
        }
    }

    @PreDestroy
    void leave() {
        if (otherInstances != null) {
            otherInstances.leave();
        }
    }

    /** The account's generation now; it only ever moves forward. User names are compared without case. */
    public long generation(String username) {
        return generations.getOrDefault(key(username), 0L);
    }

    /**
     * The account changes in the running transaction: remembered log-ons end when it completes
     * (after a rollback too, which costs only a verification), or at once when there is none.
     */
    public void changing(String username) {
        String key = key(username);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changed(key);
                }
            });
        } else {
            changed(key);
        }
    }

    private void changed(String key) {
        moveOn(key);
        if (otherInstances != null) {
            otherInstances.publish(key);
        }
    }

    private void moveOn(String key) {
        generations.put(key, ticks.incrementAndGet());
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
