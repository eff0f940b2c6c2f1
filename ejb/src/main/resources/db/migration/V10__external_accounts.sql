-- Accounts of people who sign in through the city's directory or identity provider, recorded at
-- their log-on so that the workflow knows their unit. The directory or the provider owns them:
-- their password hash never matches and an administrator cannot reset it. Runs unchanged on H2
-- and PostgreSQL.
ALTER TABLE account ADD COLUMN external BOOLEAN DEFAULT FALSE NOT NULL;
