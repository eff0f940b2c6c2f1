-- An auditor's review vouches for the chain up to one event: keep that event's hash with it.
-- Reviews recorded before have none.
ALTER TABLE audit_review ADD COLUMN reviewed_hash CHAR(64);
