-- Test only: the tables of the runtime test application's sample projection
-- (runtimetest.SampleNotesProjection). A version far above query-service's, so the two sets never
-- meet; only the runtime tests apply it.

-- One row per shelter registration the projection applied. A name with "refused" in it breaks the
-- check: the projection's second write fails, as a real projection's can.
CREATE TABLE sample_note (
    shelter_id   VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     BIGINT       NOT NULL,
    -- The top-level transaction that applied it (txid_current(), also inside a savepoint).
    projected_in BIGINT       NOT NULL,
    CONSTRAINT sample_note_pk PRIMARY KEY (shelter_id),
    CONSTRAINT sample_note_not_refused CHECK (name NOT LIKE '%refused%')
);

-- One row each time the projection handles an event, written before the note: deliberately no key,
-- so an event handled twice shows as two rows, and a failed event's row shows whether its
-- savepoint undid it.
CREATE TABLE sample_note_event (
    shelter_id   VARCHAR(64) NOT NULL,
    position     BIGINT      NOT NULL,
    projected_in BIGINT      NOT NULL
);
