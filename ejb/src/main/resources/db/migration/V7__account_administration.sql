-- Account administration: a password the user must replace at the next log-on (set by an
-- administrator's reset and for new accounts), the last successful log-on and the last role
-- change, which the annual account review lists; and a revision that only administrative and
-- password changes advance (log-on counters do not), which callers send back with a change and
-- which ends remembered log-ons. Runs unchanged on H2 and PostgreSQL.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN last_logon_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN roles_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
UPDATE account SET roles_changed_at = created_at;
