package org.welcomingcity.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An auditor's weekly review: "reviewed up to event N, findings: ...". */
@Entity
@Table(name = "audit_review")
@NamedQuery(name = AuditReview.LATEST, query = "SELECT r FROM AuditReview r ORDER BY r.reviewedAt DESC, r.id DESC")
public class AuditReview {

    public static final String LATEST = "AuditReview.latest";

    @Id
    @SequenceGenerator(name = "audit_review_seq", sequenceName = "audit_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_review_seq")
    private Long id;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private OffsetDateTime reviewedAt;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(name = "up_to_sequence", nullable = false, updatable = false)
    private long upToSequence;

    @Column(nullable = false, updatable = false)
    private String findings;

    protected AuditReview() {
    }

    public AuditReview(Instant reviewedAt, String reviewer, long upToSequence, String findings) {
        this.reviewedAt = OffsetDateTime.ofInstant(reviewedAt, ZoneOffset.UTC);
        this.reviewer = reviewer;
        this.upToSequence = upToSequence;
        this.findings = findings;
    }

    public Instant reviewedAt() {
        return reviewedAt.toInstant();
    }

    public String reviewer() {
        return reviewer;
    }

    public long upToSequence() {
        return upToSequence;
    }

    public String findings() {
        return findings;
    }
}
