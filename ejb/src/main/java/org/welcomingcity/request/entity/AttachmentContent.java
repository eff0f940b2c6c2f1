package org.welcomingcity.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, kept apart so that lists and timelines never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
