-- Compliance reviews (package reviews): each review, its criteria and its findings as the review
-- events left them. Every table here is written by ReviewsProjection only. Each row keeps the log
-- positions of the events that made it what it is, and the sequence number of the last event of
-- its review applied to it: an event at or below it is applied already, so a replay changes
-- nothing. A finding's "overdue" depends on today, and is computed when read.

CREATE TABLE review (
    review_id           UUID          NOT NULL,
    title               TEXT          NOT NULL,
    -- the scope: the agencies (named, and a project's parties and a shelter's operator as resolved
    -- when it was opened), optionally a project and a shelter, the business-time period
    scope_agencies      VARCHAR(64)[] NOT NULL,
    scope_project_id    UUID,
    scope_shelter_id    VARCHAR(64),
    scope_from          DATE          NOT NULL,
    scope_to            DATE          NOT NULL,
    opened_on           DATE          NOT NULL,
    opened_position     BIGINT,
    concluded           BOOLEAN       NOT NULL DEFAULT FALSE,
    conclusion          TEXT,
    concluded_on        DATE,
    concluded_position  BIGINT,
    last_sequence       BIGINT        NOT NULL,
    CONSTRAINT review_pk PRIMARY KEY (review_id)
);
CREATE INDEX review_newest_idx ON review (opened_on DESC, review_id);
CREATE INDEX review_scope_idx ON review USING GIN (scope_agencies);

-- The criteria a review checks, in the order it named them.
CREATE TABLE review_criterion (
    review_id    UUID     NOT NULL,
    ordinal      INTEGER  NOT NULL,
    code         TEXT     NOT NULL,
    description  TEXT     NOT NULL,
    CONSTRAINT review_criterion_pk PRIMARY KEY (review_id, ordinal)
);

-- Each finding: what it states and rests on, whom it concerns, the stage of its answer, the latest
-- answer, its reopenings and its latest escalation, each with the position of its event.
CREATE TABLE review_finding (
    review_id                 UUID          NOT NULL,
    finding_id                UUID          NOT NULL,
    criterion                 TEXT          NOT NULL,
    severity                  VARCHAR(16)   NOT NULL,
    concerned_agency          VARCHAR(64)   NOT NULL,
    statement                 TEXT          NOT NULL,
    recommendation            TEXT,
    evidence_commitments      UUID[]        NOT NULL,
    evidence_positions        BIGINT[]      NOT NULL,
    recorded_on               DATE          NOT NULL,
    recorded_position         BIGINT,
    response_due_on           DATE          NOT NULL,
    stage                     VARCHAR(24)   NOT NULL,
    response                  TEXT,
    corrective_action         TEXT,
    corrective_action_due_on  DATE,
    answered_on               DATE,
    answered_position         BIGINT,
    accepted_on               DATE,
    accepted_position         BIGINT,
    reopenings                INTEGER       NOT NULL DEFAULT 0,
    last_reopen_reason        TEXT,
    reopened_on               DATE,
    reopened_position         BIGINT,
    escalated_at              TIMESTAMPTZ,
    escalated_position        BIGINT,
    last_sequence             BIGINT        NOT NULL,
    CONSTRAINT review_finding_pk PRIMARY KEY (review_id, finding_id),
    CONSTRAINT review_finding_stage_ck
        CHECK (stage IN ('AWAITING_RESPONSE', 'ANSWERED', 'ACCEPTED'))
);
CREATE INDEX review_finding_agency_idx ON review_finding (concerned_agency, review_id);
