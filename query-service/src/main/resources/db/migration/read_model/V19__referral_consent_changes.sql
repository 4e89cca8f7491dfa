-- A referral's consent can now end: on its last day (expires_on, null: until withdrawn), or when the
-- issuer records its withdrawal (withdrawn_on). A narrowing replaces given_on, scope and expires_on.
ALTER TABLE referral ADD COLUMN consent_expires_on DATE;
ALTER TABLE referral ADD COLUMN consent_withdrawn_on DATE;

-- How many times the issuer amended the sealed victim details, and how many sealed case notes the
-- receiver added: counts only, never what they say.
ALTER TABLE referral ADD COLUMN details_amendments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referral ADD COLUMN case_notes INTEGER NOT NULL DEFAULT 0;

-- An onward referral: the referral it continues, and the agency whose case it is (the first
-- referral's issuer; null: the issuing agency's own case).
ALTER TABLE referral ADD COLUMN onward_from UUID;
ALTER TABLE referral ADD COLUMN case_agency VARCHAR(64);
