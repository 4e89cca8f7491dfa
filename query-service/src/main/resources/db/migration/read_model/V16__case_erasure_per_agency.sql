-- Issue 14: a case is its issuing agency's, so an erasure (CaseErasedEvent, revision 2) names the
-- agency whose case it was and marks only that agency's referrals under the reference as erased.
-- Erasures recorded before (revision 1, issuing_agency null) destroyed the reference's one shared
-- key: they mark every referral under the reference issued before them, whoever issued it. The
-- rows already here are such erasures, so they keep a null agency, as a replay would write them.
ALTER TABLE referral_case_erasure DROP CONSTRAINT referral_case_erasure_pk;
ALTER TABLE referral_case_erasure ADD COLUMN issuing_agency VARCHAR(64);
CREATE UNIQUE INDEX referral_case_erasure_uk
    ON referral_case_erasure (case_reference, (coalesce(issuing_agency, '')));
