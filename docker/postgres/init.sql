-- Bitácora: roles and schemas of the local deployment (docker-compose.yml).
--
-- The official postgres image runs this file once, when the data volume is empty, with psql as
-- the superuser, connected to the database named by POSTGRES_DB (bitacora), with ON_ERROR_STOP.
-- Least privilege: one role owns everything and only migrates; each service runs as a role that
-- can do what its code does and no more.
--   bitacora_owner   owns every schema and table; the login of both services' Flyway only (a
--                    table's owner can always rewrite it, so no service ever runs as it)
--   bitacora_command command-service: appends and reads events, keeps the case keys and deadlines
--                      event_store (Axon's event and snapshot tables), case_keys (wrapped per-case
--                      and per-shelter keys), scheduling (db-scheduler's tasks: Axon deadlines),
--                      idempotency (each command request's Idempotency-Key and answer)
--   bitacora_query   query-service: reads event_store, writes read_model (projections, tokens,
--                    dead letters), reads and appends to integrity (seals, checkpoints, access log)
-- No application role can UPDATE, DELETE or TRUNCATE events or integrity rows. The table grants
-- are not here: each service's Flyway applies them after every migration, once the tables exist
-- (afterMigrate callbacks in <service>/src/main/resources/db/privileges/). dev/database-roles.sql
-- sets up the same layout, idempotently and without passwords, for dev/run and the tests.
--
-- Passwords come from the container environment (set in docker-compose.yml), read with psql's
-- \getenv (psql 15+, hence the postgres:15 image). Changing them later needs a fresh volume
-- (docker compose down -v) or ALTER ROLE ... PASSWORD by hand.

\getenv owner_password BITACORA_OWNER_DB_PASSWORD
\getenv command_password BITACORA_COMMAND_DB_PASSWORD
\getenv query_password BITACORA_QUERY_DB_PASSWORD

-- Fail loudly instead of creating roles with a literal ':'owner_password'' password.
\if :{?owner_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'BITACORA_OWNER_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?command_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'BITACORA_COMMAND_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?query_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'BITACORA_QUERY_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

-- The login of both services' Flyway: it owns the schemas, so it can create and migrate the tables.
CREATE ROLE bitacora_owner LOGIN PASSWORD :'owner_password';

-- The login of command-service.
CREATE ROLE bitacora_command LOGIN PASSWORD :'command_password';

-- The login of query-service.
CREATE ROLE bitacora_query LOGIN PASSWORD :'query_password';

-- command-service's Flyway migrates these four; its history is event_store.flyway_schema_history.
CREATE SCHEMA event_store AUTHORIZATION bitacora_owner;
-- The wrapped per-case and per-shelter data keys (docs/privacy.md). The query side is granted
-- nothing here: it has no use for key material, even wrapped.
CREATE SCHEMA case_keys AUTHORIZATION bitacora_owner;
-- db-scheduler's task table (Axon's deadlines, e.g. referral answer limits). The query side is
-- granted nothing here either.
CREATE SCHEMA scheduling AUTHORIZATION bitacora_owner;
-- The Idempotency-Key of each command request that stored events, with its answer. The query side
-- is granted nothing here.
CREATE SCHEMA idempotency AUTHORIZATION bitacora_owner;

-- query-service's Flyway migrates these two; its history is read_model.flyway_schema_history.
CREATE SCHEMA read_model AUTHORIZATION bitacora_owner;
-- The tamper-evident record: append-only for the query side, out of the command side's reach.
CREATE SCHEMA integrity AUTHORIZATION bitacora_owner;
-- A projection's new version is rebuilt here, beside the serving one (copies made by Flyway).
CREATE SCHEMA rebuild AUTHORIZATION bitacora_owner;

-- Each service may look up objects in the schemas it uses (USAGE only: it can create nothing).
GRANT USAGE ON SCHEMA event_store, case_keys, scheduling, idempotency TO bitacora_command;
GRANT USAGE ON SCHEMA event_store TO bitacora_query;
GRANT USAGE ON SCHEMA read_model, integrity, rebuild TO bitacora_query;

-- Only the three roles may connect (the superuser always can). Only query-service gets temporary
-- tables: an "as of" read replays the log into session-private copies of its views, then drops them.
SELECT current_database() AS database_name \gset
REVOKE ALL ON DATABASE :"database_name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database_name" TO bitacora_owner, bitacora_command, bitacora_query;
GRANT TEMPORARY ON DATABASE :"database_name" TO bitacora_query;

-- Nothing lives in the public schema: nobody may use it or create anything there.
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- Unqualified table names resolve to each service's own schema, as they do inside its Flyway
-- migrations (e.g. Axon's default token_entry table of query-service's processors).
ALTER ROLE bitacora_command IN DATABASE :"database_name" SET search_path = event_store;
ALTER ROLE bitacora_query IN DATABASE :"database_name" SET search_path = read_model;

-- Keycloak (the identity provider) keeps its realm, users and sessions in a database of its own,
-- which none of the platform's roles may connect to.
CREATE DATABASE keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
