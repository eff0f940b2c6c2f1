-- People from the directory or the provider are known by what never changes about them: the
-- directory entry's own id (entryUUID, objectGUID) or the provider's issuer and subject, not a
-- user name, which may be typed in another case or be given to someone else later. Accounts
-- recorded before this have none yet: the next log-on under their name gives it. Runs unchanged
-- on H2 and PostgreSQL, both of which let any number of rows leave a unique column empty.
ALTER TABLE account ADD COLUMN external_id VARCHAR(512);
CREATE UNIQUE INDEX account_external_id_unique ON account (external_id);
