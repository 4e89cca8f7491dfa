-- Read model "staff enrolments" for the my-agency view: which agency each participant of a
-- training session was enrolled for (ParticipantEnrolledEvent.agency), written by
-- StaffEnrolmentsProjection (processing group enrolments), so that completions can be counted for
-- the participant's agency as well as for the trainer's. Pseudonymous staff ids only, no role.

CREATE TABLE staff_enrolment (
    training_session_id  UUID         NOT NULL,
    staff_id             VARCHAR(64)  NOT NULL,
    agency               VARCHAR(64)  NOT NULL,
    -- the event's timestamp: when the enrolment was recorded
    enrolled_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT staff_enrolment_pk PRIMARY KEY (training_session_id, staff_id)
);

CREATE INDEX staff_enrolment_agency_idx ON staff_enrolment (agency);

-- A completion's record time is read from the audit trail, by its session and sequence number.
CREATE INDEX audit_trail_aggregate_sequence_idx
    ON audit_trail (aggregate_type, aggregate_id, sequence_number);

-- Corrections are listed per acting agency.
CREATE INDEX audit_trail_corrections_by_agency_idx
    ON audit_trail (actor_agency, recorded_at) WHERE corrects IS NOT NULL;
