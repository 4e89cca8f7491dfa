-- Read models for the commission overview: the network's agencies (processing group agencies,
-- AgenciesProjection), so that figures can be grouped by Mexican state, and training sessions and
-- their completions (processing group training, TrainingProjection), so that completions can be
-- counted by audience. Counts only: no participant's name, only pseudonymous staff ids.
-- Referral and delivery figures are read from read_model.referral and read_model.shelter_delivery.

CREATE TABLE agency (
    agency_id        VARCHAR(64)  NOT NULL,
    name             TEXT         NOT NULL,
    acronym          TEXT,
    kind             VARCHAR(16)  NOT NULL,
    level            VARCHAR(16)  NOT NULL,
    -- the Mexican state it works in; null for federal and international agencies that name none
    state            TEXT,
    active           BOOLEAN      NOT NULL,
    deactivation_reason TEXT,
    registered_at    TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence number of the last event applied to this row
    last_sequence    BIGINT       NOT NULL,
    CONSTRAINT agency_pk PRIMARY KEY (agency_id)
);

CREATE INDEX agency_state_idx ON agency (state);

CREATE TABLE training_session (
    training_session_id  UUID         NOT NULL,
    trainer_agency       VARCHAR(64)  NOT NULL,
    audience             VARCHAR(16)  NOT NULL,
    held_on              DATE         NOT NULL,
    -- a cancelled session's completions no longer count
    cancelled            BOOLEAN      NOT NULL,
    scheduled_at         TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    last_sequence        BIGINT       NOT NULL,
    CONSTRAINT training_session_pk PRIMARY KEY (training_session_id),
    CONSTRAINT training_session_audience_ck
        CHECK (audience IN ('SHELTER_STAFF', 'PROSECUTORS', 'OTHER'))
);

CREATE INDEX training_session_trainer_idx ON training_session (trainer_agency);

-- One row per TrainingCompletedEvent, keyed by its sequence number in the session's stream (the
-- number a correction or voiding names). A voided completion stays, marked voided; a completion
-- recorded again after a voiding is a new row.
CREATE TABLE training_completion (
    training_session_id  UUID           NOT NULL,
    sequence_number      BIGINT         NOT NULL,
    staff_id             VARCHAR(64)    NOT NULL,
    hours_completed      NUMERIC(7, 2)  NOT NULL,
    recorded_on          DATE           NOT NULL,
    voided               BOOLEAN        NOT NULL,
    CONSTRAINT training_completion_pk PRIMARY KEY (training_session_id, sequence_number),
    CONSTRAINT training_completion_session_fk
        FOREIGN KEY (training_session_id) REFERENCES training_session (training_session_id)
);
