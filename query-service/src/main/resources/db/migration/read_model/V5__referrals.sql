-- Read model "referrals": each referral's current state and its full event history, and the cases
-- erased, written by ReferralsProjection (processing group referrals). Victim details are never
-- copied here: ReferralIssuedEvent carries them sealed with a key only command-service holds.

CREATE TABLE referral (
    referral_id        UUID         NOT NULL,
    -- pseudonymous, yet it identifies a victim's case: compliance reviewers never see it
    case_reference     VARCHAR(40)  NOT NULL,
    issuing_agency     VARCHAR(64)  NOT NULL,
    receiving_agency   VARCHAR(64)  NOT NULL,
    receiving_shelter  VARCHAR(64),
    service            VARCHAR(16)  NOT NULL,
    urgency            VARCHAR(16)  NOT NULL,
    consent_given_on   DATE         NOT NULL,
    consent_scope      VARCHAR(32)  NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    decline_reason     VARCHAR(32),
    closure_outcome    VARCHAR(16),
    closure_reason     VARCHAR(32),
    -- record times: issued, and the standing acceptance or decline (null while awaiting one)
    issued_at          TIMESTAMPTZ  NOT NULL,
    answered_at        TIMESTAMPTZ,
    -- when the answer limit first ran out (ReferralEscalatedEvent.escalatedAt); null if never
    escalated_at       TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence number of the last event applied to this row
    last_sequence      BIGINT       NOT NULL,
    CONSTRAINT referral_pk PRIMARY KEY (referral_id),
    CONSTRAINT referral_state_ck
        CHECK (state IN ('AWAITING_ANSWER', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED'))
);

CREATE INDEX referral_issued_idx ON referral (issued_at DESC, referral_id);
CREATE INDEX referral_issuing_agency_idx ON referral (issuing_agency, issued_at DESC, referral_id);
CREATE INDEX referral_receiving_agency_idx
    ON referral (receiving_agency, issued_at DESC, referral_id);
CREATE INDEX referral_escalated_idx
    ON referral (issued_at DESC, referral_id) WHERE escalated_at IS NOT NULL;
CREATE INDEX referral_case_reference_idx ON referral (case_reference);

CREATE TABLE referral_history (
    referral_id      UUID         NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    global_position  BIGINT,
    event_type       VARCHAR(128) NOT NULL,
    -- the event's facts without the case reference or any victim detail
    summary          JSONB        NOT NULL,
    -- the event's timestamp: when the fact was recorded
    recorded_at      TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(255),
    actor_agency     VARCHAR(255),
    actor_roles      TEXT[]       NOT NULL,
    request_id       VARCHAR(255),
    correlation_id   VARCHAR(255),
    CONSTRAINT referral_history_pk PRIMARY KEY (referral_id, sequence_number),
    CONSTRAINT referral_history_referral_fk
        FOREIGN KEY (referral_id) REFERENCES referral (referral_id)
);

-- Cases whose data key was destroyed (CaseErasedEvent). Joined when reading rather than copied
-- into each referral row: the erasure and a referral's issue may be applied by different
-- processor segments in either order, and a join needs neither to wait for the other.
CREATE TABLE referral_case_erasure (
    case_reference   VARCHAR(40)  NOT NULL,
    erased_at        TIMESTAMPTZ  NOT NULL,
    global_position  BIGINT,
    CONSTRAINT referral_case_erasure_pk PRIMARY KEY (case_reference)
);
