-- The reports issued of each review (package reviews, written by ReviewsProjection only): one row
-- per ReviewReportIssuedEvent, keyed by its position in the log. A verification looks a file up by
-- its SHA-256 and recomputes its figures as of asOfPosition.
CREATE TABLE review_report (
    issued_position   BIGINT       NOT NULL,
    review_id         UUID         NOT NULL,
    as_of_position    BIGINT       NOT NULL,
    statuses_on       DATE         NOT NULL,
    format            VARCHAR(8)   NOT NULL,
    language          VARCHAR(8)   NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    content_sha256    CHAR(64)     NOT NULL,
    issued_at         TIMESTAMPTZ  NOT NULL,
    issued_by         VARCHAR(255),
    issuer_agency     VARCHAR(64),
    CONSTRAINT review_report_pk PRIMARY KEY (issued_position)
);
CREATE INDEX review_report_sha256_idx ON review_report (sha256);
CREATE INDEX review_report_review_idx ON review_report (review_id, issued_position);
