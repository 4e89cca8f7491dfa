-- Business time first: when a referral was issued and answered in the world, as the agency states
-- it (null when not stated, and for every referral recorded before it could be: the record times
-- issued_at / answered_at stand in), and every audience of a training session (null: only
-- audience). Owned by the referrals and training projections, as their tables are.
ALTER TABLE referral
    ADD COLUMN stated_issued_at   TIMESTAMPTZ,
    ADD COLUMN stated_answered_at TIMESTAMPTZ;

ALTER TABLE training_session
    ADD COLUMN audiences VARCHAR(16)[];
