-- Announces every committed append on channel bitacora_event_appended, so that query-service's
-- readers fetch at once rather than at their next poll (WakeableEventStore, docs/architecture.md).
-- PostgreSQL delivers a NOTIFY only when the inserting transaction commits, and once per
-- transaction however many rows it inserted (identical payloads are folded). A reader that misses
-- one (while reconnecting) still finds the event at its next poll.

CREATE FUNCTION announce_append() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('bitacora_event_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_announce_append
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT
    EXECUTE FUNCTION announce_append();
