-- The query side's event processor tables, in read_model next to the projections so that a
-- projection's writes and its processor's token update commit in one transaction.

-- Token store, derived from Axon 4.13's PostgresTokenTableFactory (BYTEA token) with snake_case
-- column names; JdbcTokenStore is configured with the same names (see tracking.TokenStoreConfiguration).
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);

-- Dead letters of events a projection could not apply, following Axon 4.13's
-- GenericDeadLetterTableFactory columns, with BYTEA instead of BLOB and constraint and index names
-- that are unique in the database (the generic DDL's "PK" is not, on PostgreSQL).
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_index_uk
        UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_processing_group_idx
    ON dead_letter_entry (processing_group);

CREATE INDEX dead_letter_entry_sequence_identifier_idx
    ON dead_letter_entry (processing_group, sequence_identifier);
