-- From here on every audit event is sealed with HMAC-SHA256 under a key kept outside the
-- database (the server's password alias welcoming.audit.hmac-key). The events recorded before
-- keep their plain SHA-256 hashes; this row says where the keyed ones begin, so that both
-- verify. On PostgreSQL the application's role may only read it (see the vendor migrations).
CREATE TABLE audit_hash_scheme (
    id                  INTEGER NOT NULL PRIMARY KEY,
    keyed_from_sequence BIGINT  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_hash_scheme_single CHECK (id = 1)
);
INSERT INTO audit_hash_scheme (id, keyed_from_sequence, recorded_at)
SELECT 1, last_sequence + 1, CURRENT_TIMESTAMP FROM audit_chain_head WHERE id = 1;
