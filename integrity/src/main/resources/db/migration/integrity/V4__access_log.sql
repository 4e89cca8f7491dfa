-- Who read which case (docs/integrity.md#access-log): one entry per read of case data or refused
-- attempt, append-only. Each entry's chain_hash covers the previous entry's and its own position
-- and entry (as PostgreSQL prints the jsonb), computed in the INSERT under an advisory lock, so the
-- positions are gapless and the chain is built as the log is written.
CREATE TABLE integrity.access_log (
    position   BIGINT NOT NULL,
    entry      JSONB  NOT NULL,
    chain_hash BYTEA  NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (position),
    CONSTRAINT access_log_hash_is_sha256 CHECK (length(chain_hash) = 32)
);

-- The commission filters by case, actor, the actor's agency and time; each agency reads the
-- entries about its own cases.
CREATE INDEX access_log_cases_idx ON integrity.access_log USING gin ((entry -> 'caseReferences'));
CREATE INDEX access_log_owners_idx ON integrity.access_log USING gin ((entry -> 'owningAgencies'));
CREATE INDEX access_log_actor_idx ON integrity.access_log ((entry ->> 'actor'));
CREATE INDEX access_log_actor_agency_idx ON integrity.access_log ((entry ->> 'actorAgency'));
CREATE INDEX access_log_time_idx ON integrity.access_log (((entry ->> 'accessedAtMillis')::bigint));

-- Signed checkpoints of the access log's chain, as integrity.checkpoint is for the event log's.
CREATE TABLE integrity.access_checkpoint (
    position   BIGINT      NOT NULL,
    chain_hash BYTEA       NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    key_id     VARCHAR(16) NOT NULL,
    signature  BYTEA       NOT NULL,
    CONSTRAINT access_checkpoint_pk PRIMARY KEY (position),
    CONSTRAINT access_checkpoint_entry_fk
        FOREIGN KEY (position) REFERENCES integrity.access_log (position)
);
