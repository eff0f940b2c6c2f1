package org.welcomingcity.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditOutcome;

/**
 * Counts of this instance: audit events appended, and log-ons refused (wrong password, locked,
 * refused by a rule), counted when the transaction that appended them commits, so a rolled-back
 * event is never counted. Every log-on, local or external, passes through the audit trail, which
 * makes it the one place to count them.
 */
@ApplicationScoped
public class TrailFigures {

    @Inject
    Instance<MetricRegistry> registries;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Counter appended;
    private Counter refusedLogOns;

    @PostConstruct
    void register() {
        Optional<MetricRegistry> found = Registry.of(registries);
        if (found.isEmpty()) {
            return;
        }
        MetricRegistry registry = found.get();
        appended = registry.counter(Metadata.builder().withName("welcoming_audit_appends")
                .withDescription("Audit events appended by this instance").build());
        refusedLogOns = registry.counter(Metadata.builder().withName("welcoming_logon_failures")
                .withDescription("Log-ons refused by this instance: wrong password, locked or refused account").build());
    }

    /** Counts an event appended in the running transaction, once it commits. */
    public void appended(AuditAction action, AuditOutcome outcome) {
        if (appended == null) {
            return; // metrics are off on this server
        }
        boolean refusedLogOn = action.logOn() && outcome != AuditOutcome.SUCCESS;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    appended.inc();
                    if (refusedLogOn) {
                        refusedLogOns.inc();
                    }
                }
            }
        });
    }
}
