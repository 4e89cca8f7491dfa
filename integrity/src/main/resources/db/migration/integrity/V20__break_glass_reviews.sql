-- Break-glass reads get a review (docs/integrity.md#break-glass-reviews).
--
-- 1. Who read an entry, for command-service, which records reviews but may not read the access
--    log: this function answers, for one position, only the reader's user id, whether the entry is
--    a break-glass read, and the agencies it concerns (so the review event can name them), never
--    the entry itself. No row: no entry at that position.
CREATE FUNCTION integrity.access_entry_reader(entry_position BIGINT)
    RETURNS TABLE (actor TEXT, break_glass BOOLEAN, owning_agencies TEXT[])
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog
AS $reader$
  SELECT entry ->> 'actor',
         coalesce((entry ->> 'breakGlass')::boolean, false),
         ARRAY(SELECT jsonb_array_elements_text(coalesce(entry -> 'owningAgencies', '[]'::jsonb)))
  FROM integrity.access_log
  WHERE position = entry_position
$reader$;

-- Executable by no one but the roles the grants callback names.
REVOKE ALL ON FUNCTION integrity.access_entry_reader(BIGINT) FROM PUBLIC;

-- 2. Read model "break_glass_review" (processing group break-glass-reviews, package
--    query.breakglass of the integrity module): one row per reviewed break-glass read, from
--    BreakGlassReadReviewedEvent. The listing joins it to integrity.access_log by position.
CREATE TABLE read_model.break_glass_review (
    access_position  BIGINT       NOT NULL,
    justified        BOOLEAN      NOT NULL,
    reviewed_by      TEXT,
    reviewer_agency  TEXT,
    reviewed_at      TIMESTAMPTZ  NOT NULL,
    event_position   BIGINT,
    CONSTRAINT break_glass_review_pk PRIMARY KEY (access_position)
);
