package org.welcomingcity.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A scanned document of a request, described; its bytes are an {@link AttachmentContent} until
 * the retention period removes them, when the description stays with the moment they went.
 */
@Entity
@Table(name = "request_attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "request_detail_seq", sequenceName = "request_detail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_detail_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private FederalRequest request;

    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;
    @Column(name = "scan_removed_at")
    private OffsetDateTime scanRemovedAt;

    protected Attachment() {
    }

    public Attachment(FederalRequest request, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime at) {
        this.request = request;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public FederalRequest request() {
        return request;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    /** When the bytes were removed after the retention period; null while they are kept. */
    public OffsetDateTime scanRemovedAt() {
        return scanRemovedAt;
    }

    public void scanRemoved(OffsetDateTime at) {
        scanRemovedAt = at;
    }
}
