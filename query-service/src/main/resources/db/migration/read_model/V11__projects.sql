-- Read model "projects": each support project (funder, implementer, coordinator, period, closure),
-- its beneficiary shelters and the training sessions held under it, written by ProjectsProjection
-- (processing group projects). Deliveries under a project are read from
-- read_model.shelter_delivery.project_id; sessions' cancellations and completions from
-- read_model.training_session and read_model.training_completion.

CREATE TABLE project (
    project_id          UUID         NOT NULL,
    name                TEXT         NOT NULL,
    funder_agency       VARCHAR(64)  NOT NULL,
    implementer_agency  VARCHAR(64)  NOT NULL,
    coordinator_agency  VARCHAR(64)  NOT NULL,
    starts_on           DATE,
    ends_on             DATE,
    -- null while the project is open
    closed_on           DATE,
    opened_at           TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence number of the last event applied to this row
    last_sequence       BIGINT       NOT NULL,
    CONSTRAINT project_pk PRIMARY KEY (project_id)
);

CREATE INDEX project_funder_idx ON project (funder_agency);
CREATE INDEX project_implementer_idx ON project (implementer_agency);
CREATE INDEX project_coordinator_idx ON project (coordinator_agency);

-- One row per shelter that was ever a beneficiary; a removed one stays, marked removed.
CREATE TABLE project_beneficiary (
    project_id     UUID         NOT NULL,
    shelter_id     VARCHAR(64)  NOT NULL,
    removed        BOOLEAN      NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    -- sequence number of the project's last event applied to this row
    last_sequence  BIGINT       NOT NULL,
    CONSTRAINT project_beneficiary_pk PRIMARY KEY (project_id, shelter_id),
    CONSTRAINT project_beneficiary_project_fk
        FOREIGN KEY (project_id) REFERENCES project (project_id)
);

-- Sessions scheduled under a project (TrainingSessionScheduledEvent.projectId), with what the
-- project view shows of them. No foreign key to project: a session and its project are different
-- aggregates, applied in either order by different segments.
CREATE TABLE project_training_session (
    training_session_id  UUID           NOT NULL,
    project_id           UUID           NOT NULL,
    topic                TEXT           NOT NULL,
    trainer_agency       VARCHAR(64)    NOT NULL,
    audience             VARCHAR(16)    NOT NULL,
    held_on              DATE           NOT NULL,
    hours                NUMERIC(7, 2)  NOT NULL,
    capacity             INTEGER        NOT NULL,
    scheduled_at         TIMESTAMPTZ    NOT NULL,
    CONSTRAINT project_training_session_pk PRIMARY KEY (training_session_id)
);

CREATE INDEX project_training_session_project_idx ON project_training_session (project_id);

CREATE INDEX shelter_delivery_project_idx ON shelter_delivery (project_id)
    WHERE project_id IS NOT NULL;
