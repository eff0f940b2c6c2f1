-- The bytes of scanned documents, apart from their description so that lists never load them.
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY,
    content       BYTEA  NOT NULL,
    CONSTRAINT attachment_content_fk FOREIGN KEY (attachment_id) REFERENCES request_attachment (id)
);
