-- Requests from federal immigration authorities and their workflow. Runs unchanged on H2 and
-- PostgreSQL. No column holds a person's citizenship or immigration status: the subject is
-- known only by a CPD record number.
CREATE SEQUENCE federal_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_detail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE federal_request (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    state                   VARCHAR(32)  NOT NULL,
    event_number            VARCHAR(32)  NOT NULL,
    oemc_number             VARCHAR(32)  NOT NULL,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    event_date              DATE         NOT NULL,
    agency                  VARCHAR(32)  NOT NULL,
    agency_component        VARCHAR(64),
    agent_name              VARCHAR(128) NOT NULL,
    agent_badge             VARCHAR(64),
    agent_contact           VARCHAR(128) NOT NULL,
    identity_check          VARCHAR(48)  NOT NULL,
    channel                 VARCHAR(32)  NOT NULL,
    document_type           VARCHAR(48)  NOT NULL,
    form_number             VARCHAR(32),
    signer_title            VARCHAR(128),
    court_caption           BOOLEAN      NOT NULL,
    subject_reference       VARCHAR(32)  NOT NULL,
    custody                 VARCHAR(16)  NOT NULL,
    purpose                 VARCHAR(32)  NOT NULL,
    stated_purpose          VARCHAR(1000),
    consent                 VARCHAR(32)  NOT NULL,
    consent_signer          VARCHAR(128),
    consent_relationship    VARCHAR(64),
    consent_date            DATE,
    consent_language        VARCHAR(64),
    consent_interpreter     VARCHAR(128),
    outcome                 VARCHAR(16)  NOT NULL,
    submitted_by            VARCHAR(64)  NOT NULL,
    unit                    VARCHAR(64),
    submitted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    supervisor              VARCHAR(64),
    supervisor_decided_at   TIMESTAMP WITH TIME ZONE,
    escalated_at            TIMESTAMP WITH TIME ZONE,
    legal_signer            VARCHAR(64),
    legal_decided_at        TIMESTAMP WITH TIME ZONE,
    case_number             VARCHAR(64),
    reason                  VARCHAR(4000),
    closed_at               TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       NOT NULL
);
CREATE INDEX federal_request_state ON federal_request (state, submitted_at);
CREATE INDEX federal_request_unit ON federal_request (unit, submitted_at);
CREATE INDEX federal_request_submitter ON federal_request (submitted_by, submitted_at);

-- The asks of the current version of the request (corrections replace them).
CREATE TABLE request_ask (
    request_id BIGINT      NOT NULL,
    action     VARCHAR(48) NOT NULL,
    CONSTRAINT request_ask_pk PRIMARY KEY (request_id, action),
    CONSTRAINT request_ask_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);

-- What legal approved for release: the minimum the order or consent requires.
CREATE TABLE request_scope (
    request_id BIGINT      NOT NULL,
    item       VARCHAR(48) NOT NULL,
    CONSTRAINT request_scope_pk PRIMARY KEY (request_id, item),
    CONSTRAINT request_scope_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);

-- Every decision of the engine, per ask and per round (intake is round 1; each correction adds one).
CREATE TABLE request_decision (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    round       INTEGER       NOT NULL,
    action      VARCHAR(48)   NOT NULL,
    document_type VARCHAR(48) NOT NULL,
    purpose     VARCHAR(32)   NOT NULL,
    consent     VARCHAR(32)   NOT NULL,
    custody     VARCHAR(16)   NOT NULL,
    event_date  DATE          NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    packs       VARCHAR(512)  NOT NULL,
    rules       VARCHAR(8000) NOT NULL,
    explanation VARCHAR(8000),
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT request_decision_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);
CREATE INDEX request_decision_request ON request_decision (request_id, round);

-- The timeline: every step taken, by whom, in which role, from which state to which.
CREATE TABLE request_step (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    step        VARCHAR(32),
    from_state  VARCHAR(32),
    to_state    VARCHAR(32)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    actor_role  VARCHAR(16)   NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(4000),
    CONSTRAINT request_step_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);
CREATE INDEX request_step_request ON request_step (request_id, taken_at);

-- Information released after legal approval, within its scope.
CREATE TABLE request_disclosure (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    items        VARCHAR(512)  NOT NULL,
    recipient    VARCHAR(256)  NOT NULL,
    disclosed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    disclosed_by VARCHAR(64)   NOT NULL,
    approved_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT request_disclosure_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);

-- Scanned documents: what they are; their bytes live in attachment_content (vendor scripts).
CREATE TABLE request_attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(64)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT request_attachment_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);
CREATE INDEX request_attachment_request ON request_attachment (request_id);
