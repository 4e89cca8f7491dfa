-- Dead letters an administrator resolved (set aside for good, with a reason) rather than retried:
-- who, when, why, and which event of which processing group. Append-only, like the rest of the
-- integrity schema; the audit trail shows the resolution at the event's position.
CREATE TABLE integrity.dead_letter_resolution (
    processing_group  VARCHAR(100)  NOT NULL,
    event_id          VARCHAR(255)  NOT NULL,
    position          BIGINT,
    resolved_by       TEXT          NOT NULL,
    resolved_by_agency TEXT,
    reason            TEXT          NOT NULL,
    resolved_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT dead_letter_resolution_pk PRIMARY KEY (processing_group, event_id)
);

CREATE INDEX dead_letter_resolution_position_idx ON integrity.dead_letter_resolution (position);
