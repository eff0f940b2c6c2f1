package org.welcomingcity.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One recorded action. Immutable: every column is insert-only, there are no setters, and
 * the application has no code path that updates or deletes an event.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @Column(updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", updatable = false)
    private String actorRole;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(updatable = false)
    private String origin;

    @Column(updatable = false)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long sequence, Instant occurredAt, AuditRecord record, String previousHash, EventHash seal) {
        this.sequence = sequence;
        this.occurredAt = OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.actor = record.actor();
        this.actorRole = record.actorRole();
        this.action = record.action();
        this.target = record.target();
        this.outcome = record.outcome();
        this.origin = record.origin();
        this.detail = record.detail();
        this.previousHash = previousHash;
        this.hash = seal.of(sequence, occurredAt, actor, actorRole, action, target, outcome, origin, detail,
                previousHash);
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String origin() {
        return origin;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
