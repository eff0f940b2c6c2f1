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

/** An auditor's weekly review: "reviewed up to event N, whose hash was H; findings: ...". */
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

    @Column(nullable = false, updatable = false, length = AuditColumns.REVIEWER)
    private String reviewer;

    @Column(name = "up_to_sequence", nullable = false, updatable = false)
    private long upToSequence;

    /** The hash of the last event reviewed: the review vouches for exactly that chain. */
    @Column(name = "reviewed_hash", updatable = false, length = AuditColumns.REVIEWED_HASH)
    private String reviewedHash;

    @Column(nullable = false, updatable = false, length = AuditColumns.FINDINGS)
    private String findings;

    protected AuditReview() {
    }

    public AuditReview(Instant reviewedAt, String reviewer, long upToSequence, String reviewedHash, String findings) {
        this.reviewedAt = OffsetDateTime.ofInstant(reviewedAt, ZoneOffset.UTC);
        this.reviewer = reviewer;
        this.upToSequence = upToSequence;
        this.reviewedHash = reviewedHash;
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

    /** None for a review of the empty trail, and for the reviews recorded before hashes were kept. */
    public String reviewedHash() {
        return reviewedHash;
    }

    public String findings() {
        return findings;
    }
}
