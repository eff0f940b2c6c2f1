-- H2, the embedded demonstration database, has no SQL triggers; there the hash chain alone
-- reveals any change to the audit trail. Production runs on PostgreSQL, whose version of
-- this migration makes the table refuse UPDATE, DELETE and TRUNCATE.
SELECT 1;
