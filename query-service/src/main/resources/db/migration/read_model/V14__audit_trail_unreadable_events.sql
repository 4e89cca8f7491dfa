-- An event the audit trail could not read (its payload or metadata cannot be deserialized, or its
-- facts cannot be taken) still has its row, at its position: its envelope as stored, and the class
-- of the error (never its message). The row is completed when the event is read after a fix.
ALTER TABLE audit_trail ADD COLUMN unreadable_cause VARCHAR(200);
