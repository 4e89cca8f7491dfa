-- The tamper-evident record (docs/integrity.md): a hash chain over every position of
-- event_store.domain_event_entry, and signed checkpoints of it. Both tables are append-only: the
-- application inserts, never updates or deletes.

-- One link per log position, in position order: the chain hash covers the previous link and the
-- event stored at the position, every column as stored. event_identifier is NULL where the
-- position holds no event (the sequence value of an append that rolled back), sealed as such.
CREATE TABLE integrity.event_seal (
    position         BIGINT       NOT NULL,
    event_identifier VARCHAR(255),
    chain_hash       BYTEA        NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT event_seal_pk PRIMARY KEY (position),
    CONSTRAINT event_seal_hash_is_sha256 CHECK (length(chain_hash) = 32)
);

-- Ed25519-signed statements "the chain through position P hashed to H at time T". The signing key
-- is not in the database; agencies download these and keep their own copies.
CREATE TABLE integrity.checkpoint (
    position   BIGINT      NOT NULL,
    chain_hash BYTEA       NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    key_id     VARCHAR(16) NOT NULL,
    signature  BYTEA       NOT NULL,
    CONSTRAINT checkpoint_pk PRIMARY KEY (position),
    CONSTRAINT checkpoint_seal_fk FOREIGN KEY (position) REFERENCES integrity.event_seal (position)
);
