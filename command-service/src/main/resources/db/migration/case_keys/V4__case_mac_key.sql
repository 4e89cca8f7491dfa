-- Each case's MAC key (HMAC-SHA256, wrapped by the master key like the data key), kept in the
-- data key's row so that erasing the case (deleting the row) destroys both. It keys the digest of
-- victim details that lets a retried POST /referrals be recognised without an unkeyed digest of
-- victim data anywhere. Created on first use: cases from before this column get one then.

ALTER TABLE case_keys.case_key ADD COLUMN wrapped_mac_key BYTEA;
