-- The command side's lookup of each shelter's places (command.occupancy): kept by a subscribing
-- event handler in the transaction that appends the events, read by the referral rules so that
-- issuing a referral loads no other aggregate. Places taken mean what the shelter directory means:
-- one per referral to the shelter that stands accepted (accepted, not closed, the acceptance not
-- voided).

CREATE TABLE event_store.referral_place (
  referral_id UUID PRIMARY KEY,
  shelter_id VARCHAR(255) NOT NULL,
  holds_place BOOLEAN NOT NULL
);

CREATE INDEX referral_place_holding ON event_store.referral_place (shelter_id) WHERE holds_place;

CREATE TABLE event_store.shelter_occupancy (
  shelter_id VARCHAR(255) PRIMARY KEY,
  operating_agency VARCHAR(255) NOT NULL,
  capacity INTEGER NOT NULL,
  places_taken BIGINT NOT NULL CHECK (places_taken >= 0),
  closed BOOLEAN NOT NULL
);

-- Filled once from the events stored before the lookup existed; from here on the handler keeps it.
CREATE FUNCTION event_store.v24_json_or_null(payload BYTEA) RETURNS JSONB
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN convert_from(payload, 'UTF8')::jsonb;
EXCEPTION WHEN OTHERS THEN
    -- An unreadable stored event (docs/faults.md) is left out, as V9 leaves it out.
    RETURN NULL;
END
$$;

WITH referral_events AS (
  SELECT e.aggregate_identifier, e.sequence_number, e.payload_type,
         event_store.v24_json_or_null(e.payload) AS payload
  FROM event_store.domain_event_entry e
  WHERE e.payload_type LIKE 'mx.bitacora.events.referral.%'
),
issued AS (
  SELECT (payload ->> 'referralId')::uuid AS referral_id, payload ->> 'receivingShelter' AS shelter_id,
         aggregate_identifier
  FROM referral_events
  WHERE payload_type = 'mx.bitacora.events.referral.ReferralIssuedEvent'
    AND payload ->> 'receivingShelter' IS NOT NULL
),
-- A referral holds a place when the last of its answers, withdrawals, closures and voidings is an
-- acceptance (a voiding sets it awaiting an answer again; a closure frees the place).
last_step AS (
  SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, payload_type
  FROM referral_events
  WHERE payload_type IN ('mx.bitacora.events.referral.ReferralAcceptedEvent',
                         'mx.bitacora.events.referral.ReferralDeclinedEvent',
                         'mx.bitacora.events.referral.ReferralWithdrawnEvent',
                         'mx.bitacora.events.referral.ReferralClosedEvent',
                         'mx.bitacora.events.referral.ReferralStepVoidedEvent')
  ORDER BY aggregate_identifier, sequence_number DESC
)
INSERT INTO event_store.referral_place (referral_id, shelter_id, holds_place)
SELECT i.referral_id, i.shelter_id,
       coalesce(s.payload_type = 'mx.bitacora.events.referral.ReferralAcceptedEvent', FALSE)
FROM issued i
LEFT JOIN last_step s ON s.aggregate_identifier = i.aggregate_identifier;

WITH shelter_events AS (
  SELECT e.aggregate_identifier, e.sequence_number, e.payload_type,
         event_store.v24_json_or_null(e.payload) AS payload
  FROM event_store.domain_event_entry e
  WHERE e.payload_type LIKE 'mx.bitacora.events.shelter.%'
),
registered AS (
  SELECT aggregate_identifier, payload ->> 'shelterId' AS shelter_id,
         payload ->> 'operatingAgency' AS operating_agency, (payload ->> 'capacity')::int AS capacity
  FROM shelter_events
  WHERE payload_type = 'mx.bitacora.events.shelter.ShelterRegisteredEvent'
    AND payload ->> 'shelterId' IS NOT NULL
),
latest_capacity AS (
  SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier,
         (payload ->> 'capacity')::int AS capacity
  FROM shelter_events
  WHERE payload_type = 'mx.bitacora.events.shelter.ShelterCapacityChangedEvent'
    AND payload ->> 'capacity' IS NOT NULL
  ORDER BY aggregate_identifier, sequence_number DESC
)
INSERT INTO event_store.shelter_occupancy
  (shelter_id, operating_agency, capacity, places_taken, closed)
SELECT r.shelter_id, r.operating_agency, coalesce(c.capacity, r.capacity),
       (SELECT count(*) FROM event_store.referral_place p
        WHERE p.shelter_id = r.shelter_id AND p.holds_place),
       EXISTS (SELECT 1 FROM shelter_events x
               WHERE x.aggregate_identifier = r.aggregate_identifier
                 AND x.payload_type = 'mx.bitacora.events.shelter.ShelterClosedEvent')
FROM registered r
LEFT JOIN latest_capacity c ON c.aggregate_identifier = r.aggregate_identifier;

DROP FUNCTION event_store.v24_json_or_null(BYTEA);
