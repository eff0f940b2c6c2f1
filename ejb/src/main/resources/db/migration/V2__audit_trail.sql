-- The audit trail: append-only, hash-chained events. Runs unchanged on H2 and PostgreSQL.
-- Each event stores the hash of the one before it; the unique constraints make a fork of
-- the chain (two events after the same predecessor) impossible even if the lock below failed.
CREATE TABLE audit_event (
    sequence      BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    actor_role    VARCHAR(16),
    action        VARCHAR(64)   NOT NULL,
    target        VARCHAR(128),
    outcome       VARCHAR(8)    NOT NULL,
    origin        VARCHAR(64),
    detail        VARCHAR(2000),
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    CONSTRAINT audit_event_previous_unique UNIQUE (previous_hash),
    CONSTRAINT audit_event_hash_unique UNIQUE (hash),
    CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED'))
);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, sequence);
CREATE INDEX audit_event_target_idx ON audit_event (target, sequence);
CREATE INDEX audit_event_action_idx ON audit_event (action, sequence);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

-- The head of the chain: one row, locked by every append so that appends are serialised
-- in the database, whichever server instance writes.
CREATE TABLE audit_chain_head (
    id            INTEGER  NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Auditors' weekly reviews: "reviewed up to event N, findings: ...".
CREATE SEQUENCE audit_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_review (
    id              BIGINT        NOT NULL PRIMARY KEY,
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewer        VARCHAR(64)   NOT NULL,
    up_to_sequence  BIGINT        NOT NULL,
    findings        VARCHAR(4000) NOT NULL
);
