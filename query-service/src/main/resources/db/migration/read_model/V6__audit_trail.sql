-- Read model "audit-trail": one row per event of every type, in the event log's global order,
-- written by AuditTrailProjection (processing group audit-trail). The commission's cross-agency
-- record of who recorded what, for whom and in which request. Never victim data: no payload is
-- copied, no case reference (a case erasure's aggregate id is one, so it is left out), no sealed
-- victim details.

CREATE TABLE audit_trail (
    -- the event's global index in event_store.domain_event_entry (from the tracking token)
    position           BIGINT       NOT NULL,
    event_id           VARCHAR(255) NOT NULL,
    -- the payload type's simple name, e.g. DeliveryPlannedEvent
    event_type         VARCHAR(128) NOT NULL,
    aggregate_type     VARCHAR(128) NOT NULL,
    -- the stream id as stored (agency:<slug>, shelter:<slug>, …); null for a case erasure
    aggregate_id       VARCHAR(255),
    sequence_number    BIGINT       NOT NULL,
    -- when the fact happened, if the event says (ISO-8601: a date, or an instant for an
    -- escalation); null when it has no business time
    business_time      VARCHAR(40),
    -- the event's timestamp: when the fact was recorded
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor              TEXT,
    actor_agency       TEXT,
    actor_roles        TEXT[]       NOT NULL,
    request_id         TEXT,
    correlation_id     TEXT,
    -- the acting agency and every agency the event names, each once (the agency filter)
    agencies           TEXT[]       NOT NULL,
    -- for a correction or voiding: the event id of the fact it corrects or voids
    corrects           VARCHAR(255),
    CONSTRAINT audit_trail_pk PRIMARY KEY (position),
    CONSTRAINT audit_trail_event_id_uk UNIQUE (event_id)
);

CREATE INDEX audit_trail_agencies_idx ON audit_trail USING gin (agencies);
CREATE INDEX audit_trail_actor_idx ON audit_trail (actor, position);
CREATE INDEX audit_trail_event_type_idx ON audit_trail (event_type, position);
CREATE INDEX audit_trail_aggregate_idx ON audit_trail (aggregate_type, aggregate_id, position);
CREATE INDEX audit_trail_recorded_at_idx ON audit_trail (recorded_at, position);
CREATE INDEX audit_trail_corrects_idx ON audit_trail (corrects) WHERE corrects IS NOT NULL;
