-- A training session as its own page shows it (trainingsessions.TrainingSessionProjection): the
-- session's facts, each fact recorded about a participant, and the session's history.

CREATE TABLE training_session_detail (
    training_session_id  UUID            NOT NULL,
    project_id           UUID,
    topic                TEXT            NOT NULL,
    trainer_agency       VARCHAR(64)     NOT NULL,
    audiences            VARCHAR(16)[]   NOT NULL,
    hours                NUMERIC(7, 2)   NOT NULL,
    held_on              DATE            NOT NULL,
    place                TEXT            NOT NULL,
    capacity             INT             NOT NULL,
    -- set by the cancellation; NULL while the session stands
    cancel_reason        TEXT,
    CONSTRAINT training_session_detail_pk PRIMARY KEY (training_session_id)
);

-- One row per enrolment, attendance or completion, keyed by its sequence number in the session's
-- stream: the number a correction or voiding names. A corrected completion keeps its original row
-- with the corrected values and the correction's number; a voided fact stays, with the voiding's.
CREATE TABLE training_session_fact (
    training_session_id    UUID           NOT NULL,
    sequence_number        BIGINT         NOT NULL,
    kind                   VARCHAR(16)    NOT NULL,
    staff_id               VARCHAR(64)    NOT NULL,
    -- an enrolment's: the agency the participant was enrolled for, and their role
    agency                 VARCHAR(64),
    role                   TEXT,
    -- a completion's
    hours_completed        NUMERIC(7, 2),
    certificate_reference  TEXT,
    recorded_on            DATE,
    recorded_at            TIMESTAMPTZ    NOT NULL,
    corrected_by           BIGINT,
    voided_by              BIGINT,
    CONSTRAINT training_session_fact_pk PRIMARY KEY (training_session_id, sequence_number),
    CONSTRAINT training_session_fact_kind_ck
        CHECK (kind IN ('ENROLMENT', 'ATTENDANCE', 'COMPLETION'))
);

CREATE INDEX training_session_fact_agency_idx ON training_session_fact (training_session_id, agency);

CREATE TABLE training_session_history (
    training_session_id  UUID          NOT NULL,
    sequence_number      BIGINT        NOT NULL,
    global_position      BIGINT,
    event_type           VARCHAR(128)  NOT NULL,
    summary              JSONB         NOT NULL,
    recorded_at          TIMESTAMPTZ   NOT NULL,
    actor                VARCHAR(255),
    actor_agency         VARCHAR(255),
    actor_roles          TEXT[]        NOT NULL,
    request_id           VARCHAR(255),
    correlation_id       VARCHAR(255),
    CONSTRAINT training_session_history_pk PRIMARY KEY (training_session_id, sequence_number)
);
