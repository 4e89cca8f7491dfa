-- Flyway callback, run after every migrate of command-service (also when nothing was pending):
-- grants each application role exactly what it needs on the schemas this Flyway migrates
-- (event_store, case_keys, scheduling, idempotency), and nothing to PUBLIC. Every table belongs to the role
-- Flyway runs as (bitacora_owner in a deployment); an owner can always rewrite its tables, so the
-- services never log in as it.
--
-- Each privilege is first revoked and then granted again, so the grants are always exactly these,
-- whatever an earlier version granted. ${command-role} and ${query-role} are Flyway placeholders
-- (spring.flyway.placeholders in command-service.yml). A role that does not exist in the cluster
-- (tests and dev set-ups that run everything as the postgres superuser) is left out.
--
-- No application role may UPDATE, DELETE or TRUNCATE events: a correction is a new event.
-- Snapshots are not events: Axon deletes a snapshot when it stores a newer one.

DO $grants$
BEGIN
  REVOKE ALL ON ALL TABLES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM PUBLIC;
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM PUBLIC;

  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${command-role}') THEN
    REVOKE ALL ON ALL TABLES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM ${command-role};
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM ${command-role};
    GRANT USAGE ON SCHEMA event_store, case_keys, scheduling, idempotency TO ${command-role};

    -- Append and read events (Axon's JdbcEventStorageEngine); the global index is a BIGSERIAL.
    GRANT SELECT, INSERT ON event_store.domain_event_entry TO ${command-role};
    GRANT USAGE ON SEQUENCE event_store.domain_event_entry_global_index_seq TO ${command-role};
    GRANT SELECT, INSERT, DELETE ON event_store.snapshot_event_entry TO ${command-role};
    -- What each voiding stored before revision 2 voided (V10): read by the upcaster, never written.
    GRANT SELECT ON event_store.legacy_voided_fact_kind TO ${command-role};
    -- The shelter occupancy lookup (V24), kept by a subscribing handler in the appending
    -- transaction: rows added and updated, never deleted.
    GRANT SELECT, INSERT, UPDATE ON event_store.shelter_occupancy, event_store.referral_place
      TO ${command-role};

    -- Case keys (JdbcCaseKeys): a key is stored once, its MAC key column filled once, and the row
    -- deleted when the case is erased; the tombstone of an erased case is never removed.
    GRANT SELECT, INSERT, DELETE ON case_keys.case_key TO ${command-role};
    GRANT UPDATE (wrapped_mac_key) ON case_keys.case_key TO ${command-role};
    GRANT SELECT, INSERT ON case_keys.erased_case TO ${command-role};
    -- Shelter keys (ShelterLocationCipher): stored once, MAC key column filled once, never deleted.
    GRANT SELECT, INSERT ON case_keys.shelter_key TO ${command-role};
    GRANT UPDATE (wrapped_mac_key) ON case_keys.shelter_key TO ${command-role};

    -- db-scheduler picks, reschedules and removes its tasks (Axon's deadlines).
    GRANT SELECT, INSERT, UPDATE, DELETE ON scheduling.scheduled_tasks TO ${command-role};

    -- Idempotency keys: stored with a command's events, completed with its answer, purged when
    -- their retention ends.
    GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency.idempotency_key TO ${command-role};
  END IF;

  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${query-role}') THEN
    -- The query side reads the event tables (not this Flyway's history) and nothing else here.
    REVOKE ALL ON ALL TABLES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM ${query-role};
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA event_store, case_keys, scheduling, idempotency FROM ${query-role};
    REVOKE ALL ON SCHEMA case_keys, scheduling, idempotency FROM ${query-role};
    GRANT USAGE ON SCHEMA event_store TO ${query-role};
    GRANT SELECT ON ALL TABLES IN SCHEMA event_store TO ${query-role};
    -- It records the review reports it issues, and may append no other event: row-level
    -- security (V26) with this restrictive policy admits only report issuances, each the first
    -- and only event of a stream of its own (a stream's first place is unique: no existing stream
    -- can be written into).
    GRANT INSERT ON event_store.domain_event_entry TO ${query-role};
    GRANT USAGE ON SEQUENCE event_store.domain_event_entry_global_index_seq TO ${query-role};
    DROP POLICY IF EXISTS query_role_appends_only_report_issuances ON event_store.domain_event_entry;
    CREATE POLICY query_role_appends_only_report_issuances ON event_store.domain_event_entry
        AS RESTRICTIVE FOR INSERT TO ${query-role}
        WITH CHECK (payload_type = 'mx.bitacora.events.review.ReviewReportIssuedEvent'
            AND type = 'ReviewReport' AND sequence_number = 0);
    -- The command side's own lookup (V24) is not an event table: the query side has its own views.
    REVOKE ALL ON event_store.shelter_occupancy, event_store.referral_place FROM ${query-role};
    REVOKE ALL ON TABLE ${flyway:defaultSchema}.${flyway:table} FROM ${query-role};
  END IF;
END
$grants$;
