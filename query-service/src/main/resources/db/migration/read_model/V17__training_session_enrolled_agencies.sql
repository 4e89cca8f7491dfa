-- The training projection keeps the agencies a session's participants were enrolled for, so that
-- announcing a session's change reads only its own tables (issue 15, step 2). Sessions projected
-- before this version take theirs from the enrolments as projected so far.
CREATE TABLE training_enrolled_agency (
    training_session_id  UUID         NOT NULL,
    agency               VARCHAR(64)  NOT NULL,
    CONSTRAINT training_enrolled_agency_pk PRIMARY KEY (training_session_id, agency)
);

INSERT INTO training_enrolled_agency (training_session_id, agency)
SELECT DISTINCT training_session_id, agency FROM staff_enrolment
ON CONFLICT DO NOTHING;
