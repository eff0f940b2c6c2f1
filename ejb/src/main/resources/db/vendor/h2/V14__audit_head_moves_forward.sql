-- H2, the embedded demonstration database, has no SQL triggers; there the keyed hashes and the
-- checkpoints written outside the database reveal a moved head. PostgreSQL's version of this
-- migration lets the head of the chain only move forward, onto an event that exists.
SELECT 1;
