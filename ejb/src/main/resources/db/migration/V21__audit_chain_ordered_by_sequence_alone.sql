-- The chain stays one chain without a unique index on either hash. Each event is written at the
-- head's sequence plus one, under the head's lock, and the sequence is the primary key: two
-- events after the same predecessor would share a sequence, which the key refuses, lock or no
-- lock. An event whose stored previous hash is not its predecessor's fails the chain's
-- verification. The two indexes were of random 64-character keys: every append wrote into a
-- different page of each, which the embedded database read back and wrote out again.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_previous_unique;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_hash_unique;
