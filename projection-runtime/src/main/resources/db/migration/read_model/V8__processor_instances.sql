-- The query-service instances that are up (tracking.SegmentBalancer): each refreshes its row every
-- balance interval and deletes it when it stops; segments are spread over the live ones.
CREATE TABLE processor_instance (
    instance_id VARCHAR(255) NOT NULL,
    last_seen   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT processor_instance_pk PRIMARY KEY (instance_id)
);
