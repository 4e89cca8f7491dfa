-- Each shelter's MAC key (HMAC-SHA256, wrapped by the master key like its data key), kept in the
-- data key's row so that destroying the row destroys both. It keys the digest of the location that
-- lets a retried POST /shelters be recognised without an unkeyed digest of a location anywhere.
-- Created on first use: shelters from before this column get one then.

ALTER TABLE case_keys.shelter_key ADD COLUMN wrapped_mac_key BYTEA;
