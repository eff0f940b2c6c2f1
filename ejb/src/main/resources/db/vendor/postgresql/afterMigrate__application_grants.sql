-- Runs after every migration. When the schema's owner and the application's role are two
-- roles (production: welcoming.schema.application-role), the application may read and write
-- its tables, but on audit_event only SELECT and INSERT: PostgreSQL itself refuses it any
-- UPDATE, DELETE or TRUNCATE there, before the triggers are even asked. The head of the chain
-- it may only read and update (the triggers let it move forward only), the marker of the keyed
-- hashes only read. It may not touch the migration history. With one role for both (the tests, small installations) nothing changes.
DO $$
DECLARE
    app text := '${applicationRole}';
BEGIN
    IF app = '' OR app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', app);
    EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE ON audit_chain_head FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_hash_scheme FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
END
$$;
