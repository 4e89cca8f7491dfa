-- Per-shelter data keys, wrapped by the master key: they seal each shelter's location
-- (ShelterRegisteredEvent.location). Kept beside the case keys, in the schema query-service is
-- never granted, because the read side must never hold key material.

CREATE TABLE case_keys.shelter_key (
    shelter_id   VARCHAR(80)  NOT NULL,
    wrapped_key  BYTEA        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT shelter_key_pk PRIMARY KEY (shelter_id)
);
