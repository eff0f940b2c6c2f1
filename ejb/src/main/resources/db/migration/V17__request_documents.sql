-- Documents beyond the first that came with the same request (a detainer with a judicial
-- warrant): each is classified, evaluated and counted. The first stays in federal_request.
CREATE TABLE request_document (
    request_id    BIGINT       NOT NULL,
    place         INTEGER      NOT NULL,
    document_type VARCHAR(48)  NOT NULL,
    form_number   VARCHAR(32),
    signer_title  VARCHAR(128),
    court_caption BOOLEAN      NOT NULL,
    CONSTRAINT request_document_pk PRIMARY KEY (request_id, place),
    CONSTRAINT request_document_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);
CREATE INDEX request_document_type ON request_document (document_type, request_id);
