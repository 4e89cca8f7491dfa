-- Read model "shelter deliveries": each delivery's current state, its lines, and its full event
-- history, written by ShelterDeliveriesProjection (processing group shelter-deliveries).

CREATE TABLE shelter_delivery (
    delivery_id          UUID         NOT NULL,
    receiving_shelter    VARCHAR(64)  NOT NULL,
    receiving_agency     VARCHAR(64)  NOT NULL,
    funding_agency       VARCHAR(64)  NOT NULL,
    delivering_agencies  TEXT[]       NOT NULL,
    -- funder, delivering agencies and receiving agency: who may see the delivery
    involved_agencies    TEXT[]       NOT NULL,
    project_id           UUID,
    occurred_on          DATE         NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    dispatched_on        DATE,
    received_on          DATE,
    received_by_title    TEXT,
    received_by_agency   VARCHAR(64),
    void_reason          TEXT,
    witnesses            JSONB        NOT NULL,
    planned_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence number of the last event applied to this row
    last_sequence        BIGINT       NOT NULL,
    CONSTRAINT shelter_delivery_pk PRIMARY KEY (delivery_id),
    CONSTRAINT shelter_delivery_status_ck
        CHECK (status IN ('PLANNED', 'DISPATCHED', 'ACKNOWLEDGED', 'VOIDED'))
);

CREATE INDEX shelter_delivery_shelter_idx
    ON shelter_delivery (receiving_shelter, occurred_on DESC, delivery_id);

CREATE INDEX shelter_delivery_shelter_status_idx
    ON shelter_delivery (receiving_shelter, status, occurred_on DESC, delivery_id);

CREATE INDEX shelter_delivery_involved_agencies_idx
    ON shelter_delivery USING GIN (involved_agencies);

CREATE TABLE shelter_delivery_item (
    delivery_id           UUID           NOT NULL,
    line                  INTEGER        NOT NULL,
    description           TEXT           NOT NULL,
    unit                  TEXT           NOT NULL,
    planned_quantity      NUMERIC(15, 3) NOT NULL,
    -- null until the shelter acknowledges receipt
    acknowledged_quantity NUMERIC(15, 3),
    discrepancy_note      TEXT,
    CONSTRAINT shelter_delivery_item_pk PRIMARY KEY (delivery_id, line),
    CONSTRAINT shelter_delivery_item_delivery_fk
        FOREIGN KEY (delivery_id) REFERENCES shelter_delivery (delivery_id)
);

CREATE TABLE delivery_history (
    delivery_id      UUID         NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    global_position  BIGINT,
    event_type       VARCHAR(128) NOT NULL,
    summary          JSONB        NOT NULL,
    -- the event's timestamp: when the fact was recorded, not when it happened
    recorded_at      TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(255),
    actor_agency     VARCHAR(255),
    actor_roles      TEXT[]       NOT NULL,
    request_id       VARCHAR(255),
    correlation_id   VARCHAR(255),
    CONSTRAINT delivery_history_pk PRIMARY KEY (delivery_id, sequence_number),
    CONSTRAINT delivery_history_delivery_fk
        FOREIGN KEY (delivery_id) REFERENCES shelter_delivery (delivery_id)
);
