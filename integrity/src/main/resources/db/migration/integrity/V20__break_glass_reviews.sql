-- Break-glass reads get a review (docs/integrity.md#break-glass-reviews). The reviews' read model
-- is V20_1 (db/migration/read_model of this module's jar).
--
-- Who read an entry, for command-service, which records reviews but may not read the access
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
