-- Failed log-ons in a row, and until when the account is locked after too many (CJIS 5.5.3).
ALTER TABLE account ADD COLUMN failed_logons INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
