-- Commitments (package commitments): what agencies and projects promised, and the facts that count
-- toward each promise. Every table here is written by CommitmentsProjection only. The facts are the
-- projection's own copies of delivery, training and referral events, kept whatever order they are
-- applied in; each commitment's figures are recomputed from them whenever a fact or the commitment
-- changes. Its status is not stored: it depends on today, and is computed when read.

CREATE TABLE commitment (
    commitment_id        UUID          NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    committing_agencies  VARCHAR(64)[] NOT NULL,
    project_id           UUID,
    -- DELIVERY: the shelter, its operating agency (whom it is made to), the item and unit as stated
    -- and as matched (item_key, unit_key: lower case, no accents, single spaces)
    shelter_id           VARCHAR(64),
    shelter_agency       VARCHAR(64),
    item                 TEXT,
    unit                 TEXT,
    item_key             TEXT,
    unit_key             TEXT,
    -- TRAINING: whose staff, which audience
    trainee_agency       VARCHAR(64),
    audience             VARCHAR(32),
    -- the window in which facts count (business dates, both inclusive): from the day the commitment
    -- was made (REFERRAL_ANSWERS: the period's start) to its due date (the period's end)
    counts_from          DATE          NOT NULL,
    due_on               DATE          NOT NULL,
    made_on              DATE          NOT NULL,
    -- the figures: what is promised (quantity, staff; REFERRAL_ANSWERS: the referrals received in
    -- the period) and what the facts achieved so far
    promised             NUMERIC(18,3) NOT NULL,
    achieved             NUMERIC(18,3) NOT NULL DEFAULT 0,
    revisions            INTEGER       NOT NULL DEFAULT 0,
    revision_reason      TEXT,
    withdrawn            BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawal_reason    TEXT,
    made_at              TIMESTAMPTZ   NOT NULL,
    made_position        BIGINT,
    updated_at           TIMESTAMPTZ   NOT NULL,
    last_sequence        BIGINT        NOT NULL,
    CONSTRAINT commitment_pk PRIMARY KEY (commitment_id),
    CONSTRAINT commitment_kind_ck CHECK (kind IN ('DELIVERY', 'TRAINING', 'REFERRAL_ANSWERS'))
);
CREATE INDEX commitment_committing_idx ON commitment USING GIN (committing_agencies);
CREATE INDEX commitment_shelter_idx ON commitment (shelter_id);
CREATE INDEX commitment_trainee_idx ON commitment (trainee_agency);
CREATE INDEX commitment_due_idx ON commitment (due_on, commitment_id);

-- Each revision and the withdrawal, once per sequence number, for the detail's history.
CREATE TABLE commitment_change (
    commitment_id    UUID         NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    reason           TEXT         NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    actor_agency     VARCHAR(64),
    global_position  BIGINT,
    CONSTRAINT commitment_change_pk PRIMARY KEY (commitment_id, sequence_number)
);

-- Deliveries: the receiving shelter, the standing receipt's date and the event that set it
-- (acknowledgement or its correction); voided deliveries and voided receipts count for nothing.
CREATE TABLE commitment_delivery (
    delivery_id       UUID         NOT NULL,
    shelter_id        VARCHAR(64)  NOT NULL,
    received_on       DATE,
    receipt_position  BIGINT,
    voided            BOOLEAN      NOT NULL DEFAULT FALSE,
    last_sequence     BIGINT       NOT NULL,
    CONSTRAINT commitment_delivery_pk PRIMARY KEY (delivery_id)
);
CREATE INDEX commitment_delivery_shelter_idx ON commitment_delivery (shelter_id);

-- Each line of a delivery: planned, and received when the receipt names a discrepancy on it; each
-- part with the sequence number of the event that set it, so that a replay restores a lost line
-- and changes nothing else.
CREATE TABLE commitment_delivery_line (
    delivery_id       UUID           NOT NULL,
    line              INTEGER        NOT NULL,
    item_key          TEXT           NOT NULL,
    unit_key          TEXT           NOT NULL,
    planned           NUMERIC(18,3)  NOT NULL,
    plan_sequence     BIGINT         NOT NULL,
    received          NUMERIC(18,3),
    receipt_sequence  BIGINT         NOT NULL DEFAULT -1,
    CONSTRAINT commitment_delivery_line_pk PRIMARY KEY (delivery_id, line)
);

-- Training: each session's audience, business date and cancellation; each participant's agency;
-- each standing completion and the event that recorded it.
CREATE TABLE commitment_training_session (
    training_session_id  UUID         NOT NULL,
    audience             VARCHAR(32)  NOT NULL,
    held_on              DATE         NOT NULL,
    cancelled            BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT commitment_training_session_pk PRIMARY KEY (training_session_id)
);

CREATE TABLE commitment_training_participant (
    training_session_id  UUID          NOT NULL,
    staff_id             VARCHAR(100)  NOT NULL,
    agency               VARCHAR(64)   NOT NULL,
    completed            BOOLEAN       NOT NULL DEFAULT FALSE,
    completion_position  BIGINT,
    last_sequence        BIGINT        NOT NULL,
    CONSTRAINT commitment_training_participant_pk PRIMARY KEY (training_session_id, staff_id)
);
CREATE INDEX commitment_training_participant_agency_idx ON commitment_training_participant (agency);

-- Referrals: who receives each, the date it was issued (today the record date in the network's time
-- zone; a business time, once referral events carry one, goes in the same column), whether an
-- answer stands (and its event), whether it was withdrawn, and whether its answer limit ran out.
CREATE TABLE commitment_referral (
    referral_id       UUID         NOT NULL,
    receiving_agency  VARCHAR(64)  NOT NULL,
    issued_on         DATE         NOT NULL,
    issued_position   BIGINT,
    answered          BOOLEAN      NOT NULL DEFAULT FALSE,
    answer_position   BIGINT,
    withdrawn         BOOLEAN      NOT NULL DEFAULT FALSE,
    escalated         BOOLEAN      NOT NULL DEFAULT FALSE,
    escalation_position BIGINT,
    last_sequence     BIGINT       NOT NULL,
    CONSTRAINT commitment_referral_pk PRIMARY KEY (referral_id)
);
CREATE INDEX commitment_referral_agency_idx ON commitment_referral (receiving_agency, issued_on);
