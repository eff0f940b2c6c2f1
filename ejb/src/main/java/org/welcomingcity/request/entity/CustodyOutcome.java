package org.welcomingcity.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.welcomingcity.review.entity.Disposition;

/**
 * What happened to the person after a request, one per request. Kept apart from the request
 * so that recording it never races with a workflow step; a correction replaces it.
 */
@Entity
@Table(name = "custody_outcome")
public class CustodyOutcome {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition disposition;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "receiving_agency")
    private String receivingAgency;

    @Column(name = "bail_posted_at")
    private OffsetDateTime bailPostedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected CustodyOutcome() {
    }

    public CustodyOutcome(long requestId) {
        this.requestId = requestId;
    }

    public void record(CustodyEntry entry, String by, OffsetDateTime at) {
        disposition = entry.disposition();
        occurredAt = entry.at();
        receivingAgency = entry.disposition() == Disposition.TRANSFERRED ? entry.receivingAgency().strip() : null;
        bailPostedAt = entry.bailPostedAt();
        recordedBy = by;
        recordedAt = at;
    }

    public long requestId() {
        return requestId;
    }

    public CustodyEntry entry() {
        return new CustodyEntry(disposition, occurredAt, receivingAgency, bailPostedAt);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
