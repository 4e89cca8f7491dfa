-- The Idempotency-Key of each command request that stored events, per acting agency: inserted in
-- the transaction that appends the events (so a stored command always has its key), then completed
-- with the answer the client was given, which a retry with the same key gets again
-- (mx.bitacora.command.idempotency). Kept for bitacora.idempotency.retention (7 days by default).
CREATE TABLE idempotency.idempotency_key (
    agency_id        VARCHAR(64)   NOT NULL,
    idempotency_key  VARCHAR(128)  NOT NULL,
    -- SHA-256 of method, path and body: the same key with another request is refused.
    request_digest   VARCHAR(64)   NOT NULL,
    last_position    BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- The answer, once sent (null if the service stopped between the commit and the answer).
    answer_status    INTEGER,
    answer_type      VARCHAR(100),
    answer_location  VARCHAR(300),
    answer_body      BYTEA,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (agency_id, idempotency_key)
);

CREATE INDEX idempotency_key_created_at_idx ON idempotency.idempotency_key (created_at);
