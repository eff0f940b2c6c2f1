-- What happened to the person after a request, for the city and state reports: released,
-- transferred (and to which agency) or still in custody, and when bail was posted. One row
-- per request, replaced when corrected. Never anything about the person's status.
CREATE TABLE custody_outcome (
    request_id        BIGINT       NOT NULL PRIMARY KEY,
    disposition       VARCHAR(24)  NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    receiving_agency  VARCHAR(128),
    bail_posted_at    TIMESTAMP WITH TIME ZONE,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT custody_outcome_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);

-- Reports select a period by the day received (event_date), then group or filter by
-- agency and document type; steps are looked up per request to tell how it was handled.
CREATE INDEX federal_request_period ON federal_request (event_date, agency, document_type);
CREATE INDEX federal_request_document_period ON federal_request (document_type, event_date);
CREATE INDEX request_step_handling ON request_step (request_id, step);
CREATE INDEX request_ask_action ON request_ask (action, request_id);
