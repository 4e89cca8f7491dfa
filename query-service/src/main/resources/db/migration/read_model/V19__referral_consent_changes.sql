-- A referral's consent can now end: on its last day (expires_on, null: until withdrawn), or when the
-- issuer records its withdrawal (withdrawn_on). A narrowing replaces given_on, scope and expires_on.
ALTER TABLE referral ADD COLUMN consent_expires_on DATE;
ALTER TABLE referral ADD COLUMN consent_withdrawn_on DATE;
