-- Bitácora: the least-privilege roles and schemas, in a local database (dev/run, and every test
-- database that runs the services: test-support's DatabaseRoles).
--
-- The same layout as docker/postgres/init.sql, which sets up the Compose database once; this
-- script is idempotent instead, so dev/run applies it on every start and tests in every fresh
-- database. It sets no passwords: the local server trusts 127.0.0.1 (README.md, Quick start).
-- Run it as a superuser, connected to the target database, e.g.
--   psql -v ON_ERROR_STOP=1 -d bitacora -f dev/database-roles.sql
--
--   bitacora_owner   owns every schema and table; the login of both services' Flyway only
--   bitacora_command command-service's login: writes the event store, never rewrites it
--   bitacora_query   query-service's login: reads the event store, writes only its own schema
--
-- Table privileges are not granted here: each service's Flyway grants them after every migration
-- (afterMigrate callbacks in command-service's and query-service's db/privileges), once the tables
-- exist, so tables added by later migrations are covered too.

-- Roles are cluster-wide and tests create them from parallel JVMs: create each one only when it is
-- missing, and take a concurrent creation by another session as done.
DO $roles$
DECLARE
  role_name name;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['bitacora_owner', 'bitacora_command', 'bitacora_query'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN', role_name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another session created it first
      END;
    END IF;
  END LOOP;
END
$roles$;

CREATE SCHEMA IF NOT EXISTS event_store AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS case_keys AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS scheduling AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS idempotency AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS read_model AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS integrity AUTHORIZATION bitacora_owner;
CREATE SCHEMA IF NOT EXISTS rebuild AUTHORIZATION bitacora_owner;

-- Only the three roles may connect (superusers always can). Only query-service gets temporary
-- tables: an "as of" read replays the log into session-private copies of its views, then drops them.
-- Unqualified names resolve to each service's own schema, as in its Flyway migrations.
DO $database$
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO bitacora_owner, bitacora_command, bitacora_query',
                 current_database());
  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO bitacora_query', current_database());
  EXECUTE format('ALTER ROLE bitacora_command IN DATABASE %I SET search_path = event_store',
                 current_database());
  EXECUTE format('ALTER ROLE bitacora_query IN DATABASE %I SET search_path = read_model',
                 current_database());
END
$database$;

GRANT USAGE ON SCHEMA event_store, case_keys, scheduling, idempotency TO bitacora_command;
GRANT USAGE ON SCHEMA event_store, read_model, integrity, rebuild TO bitacora_query;

-- Nothing lives in the public schema, and nobody may use or create anything there.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
