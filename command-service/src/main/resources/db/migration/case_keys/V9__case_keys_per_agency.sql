-- Issue 14: a case reference is the issuing agency's. Another agency issuing under the same
-- reference was given the first agency's key, and was told (409 CASE_ERASED) that a case existed.
-- From this version the key of a case and the tombstone of an erased case are keyed by issuing
-- agency and case reference: two agencies' cases under one reference have two keys, and each is
-- told about its own case only.
--
-- Existing rows are carried over from the event log (ReferralIssuedEvent payloads, JSON):
--  * a key belongs to the agency that issued the first referral under its reference (lowest
--    global index). Other agencies' referrals recorded under the reference before this version
--    were sealed with that key and stay so (docs/privacy.md). A key no referral was ever issued
--    with (its referral was refused after sealing) sealed nothing that was stored: it is deleted.
--    Keys wrapped before this version are bound to the reference alone (bound_to_agency false);
--    new keys are bound to agency and reference, so a row copied to another agency's case does
--    not unwrap.
--  * an erasure destroyed the reference's one shared key, so every agency that had issued a
--    referral under it gets a tombstone; an erased reference under which no referral was ever
--    issued leaves none (nobody's case was there).
-- Where the event store is not in this database (Axon Server), rows cannot be attributed: the
-- migration then refuses to run on a non-empty key table rather than guess.

CREATE FUNCTION case_keys.v9_json_or_null(payload BYTEA) RETURNS JSONB
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN convert_from(payload, 'UTF8')::jsonb;
EXCEPTION WHEN OTHERS THEN
    -- An unreadable stored event (docs/faults.md) names no issuer; it is left out.
    RETURN NULL;
END
$$;

-- Working objects of this migration only (the owner may not create temporary ones); dropped below.
CREATE TABLE case_keys.v9_legacy_issue (
    case_reference TEXT, issuing_agency TEXT, global_index BIGINT);

DO $$
BEGIN
    IF to_regclass('event_store.domain_event_entry') IS NULL THEN
        IF EXISTS (SELECT 1 FROM case_keys.case_key) OR EXISTS (SELECT 1 FROM case_keys.erased_case) THEN
            RAISE EXCEPTION 'case keys cannot be attributed to agencies without the event log';
        END IF;
        RETURN;
    END IF;
    INSERT INTO case_keys.v9_legacy_issue (case_reference, issuing_agency, global_index)
    SELECT issue.payload ->> 'caseReference', issue.payload ->> 'issuingAgency', issue.global_index
      FROM (SELECT e.global_index, case_keys.v9_json_or_null(e.payload) AS payload
              FROM event_store.domain_event_entry e
             WHERE e.payload_type = 'mx.bitacora.events.referral.ReferralIssuedEvent') issue
     WHERE issue.payload ->> 'caseReference' IS NOT NULL
       AND issue.payload ->> 'issuingAgency' IS NOT NULL;
END
$$;

-- Keys: the first issuer's.
ALTER TABLE case_keys.case_key DROP CONSTRAINT case_key_pk;
ALTER TABLE case_keys.case_key ADD COLUMN issuing_agency VARCHAR(64);
ALTER TABLE case_keys.case_key ADD COLUMN bound_to_agency BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE case_keys.case_key SET bound_to_agency = FALSE;
UPDATE case_keys.case_key k
   SET issuing_agency = first_issue.issuing_agency
  FROM (SELECT DISTINCT ON (case_reference) case_reference, issuing_agency
          FROM case_keys.v9_legacy_issue
         ORDER BY case_reference, global_index) first_issue
 WHERE first_issue.case_reference = k.case_reference;
DELETE FROM case_keys.case_key WHERE issuing_agency IS NULL;
ALTER TABLE case_keys.case_key ALTER COLUMN issuing_agency SET NOT NULL;
ALTER TABLE case_keys.case_key
    ADD CONSTRAINT case_key_pk PRIMARY KEY (issuing_agency, case_reference);

-- Tombstones: one for every agency whose referrals the shared key's destruction erased.
ALTER TABLE case_keys.erased_case DROP CONSTRAINT erased_case_pk;
ALTER TABLE case_keys.erased_case ADD COLUMN issuing_agency VARCHAR(64);
INSERT INTO case_keys.erased_case (case_reference, issuing_agency, erased_at)
SELECT DISTINCT erased.case_reference, issue.issuing_agency, erased.erased_at
  FROM case_keys.erased_case erased
  JOIN case_keys.v9_legacy_issue issue ON issue.case_reference = erased.case_reference
 WHERE erased.issuing_agency IS NULL;
DELETE FROM case_keys.erased_case WHERE issuing_agency IS NULL;
ALTER TABLE case_keys.erased_case ALTER COLUMN issuing_agency SET NOT NULL;
ALTER TABLE case_keys.erased_case
    ADD CONSTRAINT erased_case_pk PRIMARY KEY (issuing_agency, case_reference);

DROP TABLE case_keys.v9_legacy_issue;
DROP FUNCTION case_keys.v9_json_or_null(BYTEA);
