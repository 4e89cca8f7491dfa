-- Appending to the access log through one function (docs/integrity.md#access-log), so that a
-- service may record reads without being able to read, rewrite or bypass the chain: command-service,
-- which opens sealed case data, gets EXECUTE on it and nothing else of this schema. The function
-- takes the append lock, gives the entry the next position and extends the chain exactly as
-- V4__access_log.sql describes, and returns the position.
CREATE FUNCTION integrity.append_access(new_entry JSONB) RETURNS BIGINT
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog
AS $append$
DECLARE
  appended BIGINT;
BEGIN
  -- 27700496288670051 = 0x62697461636163 ("bitacac"): the lock every appender takes, so the chain
  -- stays linear and the positions gapless.
  PERFORM pg_advisory_xact_lock(27700496288670051);
  INSERT INTO integrity.access_log (position, entry, chain_hash)
  SELECT coalesce(head.position, 0) + 1, new_entry,
         sha256(convert_to('bitacora-access-v1', 'UTF8')
                || coalesce(head.chain_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                || int8send(coalesce(head.position, 0) + 1)
                || convert_to(new_entry::text, 'UTF8'))
  FROM (SELECT 1) one
  LEFT JOIN (SELECT position, chain_hash FROM integrity.access_log
             ORDER BY position DESC LIMIT 1) head ON true
  RETURNING position INTO appended;
  RETURN appended;
END
$append$;

-- Functions are executable by everyone unless revoked; the grants callback names who may.
REVOKE ALL ON FUNCTION integrity.append_access(JSONB) FROM PUBLIC;
