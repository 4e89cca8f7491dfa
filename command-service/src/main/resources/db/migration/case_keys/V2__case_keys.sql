-- Per-case data keys, wrapped (encrypted) by the master key, which is not in the database.
-- A schema of its own, owned by command-service's Flyway and never granted to query-service:
-- the read side has no use for key material, even wrapped.
-- Erasing a case deletes its row and leaves a tombstone in erased_case (no key material).

CREATE TABLE case_keys.case_key (
    case_reference VARCHAR(40)  NOT NULL,
    wrapped_key    BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT case_key_pk PRIMARY KEY (case_reference)
);

CREATE TABLE case_keys.erased_case (
    case_reference VARCHAR(40)  NOT NULL,
    erased_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT erased_case_pk PRIMARY KEY (case_reference)
);
