-- Issue 13: projections recorded an event's position from the tracking token, which for an event
-- that filled a gap (transactions committing out of position order) is another event's position;
-- the audit trail then skipped one of two events claiming the same position. From this version
-- every projection records the position the event was stored at. This repairs what earlier
-- versions wrote, from the log itself:
--  * history rows and case erasures take the position their event is stored at;
--  * audit-trail rows that name another event than the log holds at their position are removed,
--    and the trail's token is dropped so that it replays the log and adds the rows it lacks (rows
--    already right are kept: a replay skips the very same event). The replay is needed anyway:
--    from this version each event is a sequence of its own in the audit trail, which assigns
--    events to segments differently.
-- Where the event store is not in this database (Axon Server), there is nothing to repair here.
DO $$
BEGIN
    IF to_regclass('event_store.domain_event_entry') IS NULL THEN
        RETURN;
    END IF;

    UPDATE delivery_history h
       SET global_position = e.global_index
      FROM event_store.domain_event_entry e
     WHERE e.aggregate_identifier = h.delivery_id::text
       AND e.sequence_number = h.sequence_number
       AND h.global_position IS DISTINCT FROM e.global_index;

    UPDATE referral_history h
       SET global_position = e.global_index
      FROM event_store.domain_event_entry e
     WHERE e.aggregate_identifier = h.referral_id::text
       AND e.sequence_number = h.sequence_number
       AND h.global_position IS DISTINCT FROM e.global_index;

    UPDATE referral_case_erasure c
       SET global_position = e.global_index
      FROM event_store.domain_event_entry e
     WHERE e.payload_type LIKE '%.CaseErasedEvent'
       AND convert_from(e.payload, 'UTF8')::jsonb ->> 'caseReference' = c.case_reference
       AND c.global_position IS DISTINCT FROM e.global_index;

    DELETE FROM audit_trail a
     WHERE NOT EXISTS (
           SELECT 1 FROM event_store.domain_event_entry e
            WHERE e.global_index = a.position AND e.event_identifier = a.event_id);

END
$$;

DELETE FROM token_entry WHERE processor_name = 'audit-trail';
