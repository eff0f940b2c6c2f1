-- PostgreSQL refuses every change to a recorded audit event, whoever asks: UPDATE and
-- DELETE row by row, TRUNCATE for the whole table. Only a superuser or the table owner can
-- disable these triggers, and the application's database role is neither (see
-- config/src/main/payara/postgres-roles.sql).
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % refused on audit_event', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
