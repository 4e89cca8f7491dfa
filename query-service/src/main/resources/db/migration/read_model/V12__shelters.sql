-- Read model "shelters" (processing group shelters): each shelter's facts and its capacity history
-- (ShelterProjection); trained staff are counted from the enrolments processor's staff_enrolment
-- (V10). A shelter's sealed location (EncryptedLocation) is never copied here, not even as
-- ciphertext: only command-service holds its key (docs/privacy.md).

CREATE TABLE shelter (
    shelter_id        VARCHAR(64)  NOT NULL,
    name              TEXT         NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    operating_agency  VARCHAR(64)  NOT NULL,
    municipality      TEXT         NOT NULL,
    state             TEXT         NOT NULL,
    capacity          INTEGER      NOT NULL,
    serves_minors     BOOLEAN      NOT NULL,
    -- set by ShelterClosedEvent (business date and reason); null while the shelter is open
    closed_on         DATE,
    closure_reason    TEXT,
    registered_at     TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence number of the last event applied to this row
    last_sequence     BIGINT       NOT NULL,
    CONSTRAINT shelter_pk PRIMARY KEY (shelter_id),
    CONSTRAINT shelter_kind_ck CHECK (kind IN ('ALBERGUE', 'REFUGIO', 'CASA_DE_MEDIO_CAMINO', 'CAT'))
);

CREATE INDEX shelter_operating_agency_idx ON shelter (operating_agency);

-- The registered capacity (previous_capacity null) and every change, one row per event.
CREATE TABLE shelter_capacity_change (
    shelter_id         VARCHAR(64)  NOT NULL,
    sequence_number    BIGINT       NOT NULL,
    previous_capacity  INTEGER,
    capacity           INTEGER      NOT NULL,
    -- the event's timestamp: when the capacity was recorded (the events carry no business date)
    recorded_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT shelter_capacity_change_pk PRIMARY KEY (shelter_id, sequence_number),
    CONSTRAINT shelter_capacity_change_shelter_fk
        FOREIGN KEY (shelter_id) REFERENCES shelter (shelter_id)
);

-- The shelter view counts the referrals each shelter receives, by state.
CREATE INDEX referral_receiving_shelter_idx ON referral (receiving_shelter, state);
