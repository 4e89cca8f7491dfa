-- Read model "break_glass_review" (processing group break-glass-reviews, package query.breakglass
-- of the integrity module, which ships this migration beside the integrity schema's V20): one row
-- per reviewed break-glass read, from BreakGlassReadReviewedEvent. The listing (query.accesslog)
-- joins it to integrity.access_log by position.
CREATE TABLE break_glass_review (
    access_position  BIGINT       NOT NULL,
    justified        BOOLEAN      NOT NULL,
    reviewed_by      TEXT,
    reviewer_agency  TEXT,
    reviewed_at      TIMESTAMPTZ  NOT NULL,
    event_position   BIGINT,
    CONSTRAINT break_glass_review_pk PRIMARY KEY (access_position)
);
