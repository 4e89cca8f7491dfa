-- Each agency's inbox (package inbox): notices derived from referral events, who read them, and
-- the e-mails waiting to tell an agency that something is waiting. No case reference and no
-- victim datum anywhere: a notice names its kind, its referral, the other agency and when.

-- The inbox projection's own copy of each referral's parties and urgency, from its issue, so that
-- later events of the referral (which name neither agency) reach the right inbox.
CREATE TABLE inbox_referral (
    referral_id       UUID         NOT NULL,
    issuing_agency    VARCHAR(64)  NOT NULL,
    receiving_agency  VARCHAR(64)  NOT NULL,
    urgency           VARCHAR(16)  NOT NULL,
    CONSTRAINT inbox_referral_pk PRIMARY KEY (referral_id)
);

-- One notice per event and agency it is for; item_id is the event's id (an escalation is a notice
-- for both agencies under the same id).
CREATE TABLE inbox_item (
    agency_id        VARCHAR(64)  NOT NULL,
    item_id          UUID         NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    referral_id      UUID         NOT NULL,
    other_agency     VARCHAR(64)  NOT NULL,
    urgency          VARCHAR(16)  NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    business_time    VARCHAR(40),
    global_position  BIGINT,
    CONSTRAINT inbox_item_pk PRIMARY KEY (agency_id, item_id)
);
CREATE INDEX inbox_item_newest ON inbox_item (agency_id, recorded_at DESC, item_id);
CREATE INDEX inbox_item_referral ON inbox_item ((referral_id::text));

-- Who marked a notice read, and when (InboxItemReadEvent): the first read stands. Kept apart from
-- the notice, so that a read applied before its notice (another aggregate, maybe another segment)
-- is neither lost nor needs the notice to exist.
CREATE TABLE inbox_item_read (
    agency_id        VARCHAR(64)  NOT NULL,
    item_id          UUID         NOT NULL,
    stream_id        VARCHAR(200) NOT NULL,
    read_by          VARCHAR(200),
    read_at          TIMESTAMPTZ  NOT NULL,
    global_position  BIGINT,
    CONSTRAINT inbox_item_read_pk PRIMARY KEY (agency_id, item_id)
);
CREATE UNIQUE INDEX inbox_item_read_stream ON inbox_item_read (stream_id);

-- The e-mails to send (package inbox.mail): one row per notice for an agency with an address, put
-- there by the serving projection only (never by a replay, a rebuild or an "as of" read), sent by
-- the scheduled sender, which sets sent_at. Not a view table: a rebuild neither copies nor
-- replaces it, so what was sent stays sent.
CREATE TABLE inbox_mail (
    agency_id        VARCHAR(64)  NOT NULL,
    item_id          UUID         NOT NULL,
    queued_at        TIMESTAMPTZ  NOT NULL,
    sent_at          TIMESTAMPTZ,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    last_attempt_at  TIMESTAMPTZ,
    last_failure     VARCHAR(200),
    CONSTRAINT inbox_mail_pk PRIMARY KEY (agency_id, item_id)
);
CREATE INDEX inbox_mail_unsent ON inbox_mail (queued_at) WHERE sent_at IS NULL;
