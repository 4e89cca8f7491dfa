-- Whether the receiving shelter had no free place when the referral was issued, as its
-- ReferralIssuedEvent says (receivingShelterFull): null when no shelter is named, and for every
-- referral issued before the fact was recorded. The commission overview counts the referrals
-- issued to a full shelter. Owned by the referrals projection, as its table is.
ALTER TABLE referral ADD COLUMN receiving_shelter_full BOOLEAN;
