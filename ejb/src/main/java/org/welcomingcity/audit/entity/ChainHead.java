package org.welcomingcity.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The last link of the chain, one row. Appending locks it, so concurrent writers on any
 * number of servers take turns and the sequence never forks or skips.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected ChainHead() {
    }

    /** The next event in the chain, sealed with the given (keyed) hash; this head moves on to it. */
    public AuditEvent append(AuditRecord record, Instant now, EventHash seal) {
        AuditEvent event = new AuditEvent(lastSequence + 1, now.truncatedTo(ChronoUnit.MICROS), record, lastHash,
                seal);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
