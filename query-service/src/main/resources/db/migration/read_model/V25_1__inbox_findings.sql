-- The inbox (package inbox) also tells an agency of findings addressed to it: recorded, reopened,
-- escalated. Such a notice names its review and finding (never the finding's text) and the date
-- its answer is due; it has no referral, other agency or urgency.

ALTER TABLE inbox_item
    ALTER COLUMN referral_id DROP NOT NULL,
    ALTER COLUMN other_agency DROP NOT NULL,
    ALTER COLUMN urgency DROP NOT NULL,
    ADD COLUMN review_id UUID,
    ADD COLUMN finding_id UUID,
    ADD COLUMN due_on DATE,
    ADD CONSTRAINT inbox_item_subject_ck CHECK (referral_id IS NOT NULL OR review_id IS NOT NULL);
CREATE INDEX inbox_item_review ON inbox_item (review_id) WHERE review_id IS NOT NULL;
