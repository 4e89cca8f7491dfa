-- Every audience of a training session counts toward the commitments to train that audience (the
-- Cancún session was for shelter staff and prosecutors together): the commitments projection keeps
-- them all, as the training projection does since V23. Null for sessions projected before: only
-- their first audience counts until the commitments projection is rebuilt
-- (POST /admin/rebuilds/commitments).
ALTER TABLE commitment_training_session ADD COLUMN audiences VARCHAR(32)[];
