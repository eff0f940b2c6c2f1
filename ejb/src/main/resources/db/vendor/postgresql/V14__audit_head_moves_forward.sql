-- The head of the audit chain only moves forward, and only onto the event it names: it cannot
-- be set back to hide events, removed, or pointed at an event that does not exist. The marker
-- of the keyed hashes cannot change at all. Only a superuser or the owner of the tables can
-- disable these triggers, and the application's role is neither.
CREATE FUNCTION audit_chain_head_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'the audit chain head only moves forward: % refused on audit_chain_head', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.last_sequence <= OLD.last_sequence THEN
        RAISE EXCEPTION 'the audit chain head only moves forward: from event % to event % refused',
            OLD.last_sequence, NEW.last_sequence USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_head_only_forward
    BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_refuse_change();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_refuse_change();

-- At commit, when the appended events are all written, the head must name one of them.
CREATE FUNCTION audit_chain_head_names_an_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_event WHERE sequence = NEW.last_sequence AND hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'the audit chain head names event % with a hash no event has', NEW.last_sequence
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_chain_head_names_an_event
    AFTER UPDATE ON audit_chain_head DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_names_an_event();

-- Where the keyed hashes begin is fixed once: moving it would let plain hashes pass again.
CREATE FUNCTION audit_hash_scheme_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'where the keyed audit hashes begin is fixed: % refused on audit_hash_scheme', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_hash_scheme_no_change
    BEFORE INSERT OR UPDATE OR DELETE ON audit_hash_scheme
    FOR EACH ROW EXECUTE FUNCTION audit_hash_scheme_refuse_change();

CREATE TRIGGER audit_hash_scheme_no_truncate
    BEFORE TRUNCATE ON audit_hash_scheme
    FOR EACH STATEMENT EXECUTE FUNCTION audit_hash_scheme_refuse_change();

REVOKE INSERT, DELETE, TRUNCATE ON audit_chain_head FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_hash_scheme FROM PUBLIC;
