-- db-scheduler's task table (PostgreSQL DDL of db-scheduler 16.6.0, postgresql_tables.sql), in
-- command-service's own schema. It holds Axon's deadlines, e.g. a referral's answer limit; a
-- deadline's data is the serialized deadline message (ids and the limit, never case data).
CREATE TABLE scheduling.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduling.scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduling.scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduling.scheduled_tasks (priority DESC, execution_time ASC);
