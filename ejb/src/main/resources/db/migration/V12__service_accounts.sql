-- Service accounts: the systems that call the API with HTTP Basic. With single sign-on, only
-- these may; people sign in at the city's identity provider, where multi-factor authentication
-- lives. Existing accounts are people's until an administrator marks them. Runs unchanged on
-- H2 and PostgreSQL.
ALTER TABLE account ADD COLUMN service_account BOOLEAN DEFAULT FALSE NOT NULL;
