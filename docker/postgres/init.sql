-- Bitácora: roles and schemas of the local deployment (docker-compose.yml).
--
-- The official postgres image runs this file once, when the data volume is empty, with psql as
-- the superuser, connected to the database named by POSTGRES_DB (bitacora), with ON_ERROR_STOP.
-- Each service logs in as its own role and its Flyway owns its schemas:
--   command-service -> bitacora_command -> event_store (Axon's event and snapshot tables)
--                                        -> case_keys   (per-case data keys, wrapped)
--                                        -> scheduling  (db-scheduler's tasks: Axon deadlines)
--   query-service   -> bitacora_query   -> read_model  (projections and tracking tokens)
-- The query side may read the event store but never write it.
--
-- Passwords come from the container environment (set in docker-compose.yml), read with psql's
-- \getenv (psql 15+, hence the postgres:15 image). Changing them later needs a fresh volume
-- (docker compose down -v) or ALTER ROLE ... PASSWORD by hand.

\getenv command_password BITACORA_COMMAND_DB_PASSWORD
\getenv query_password BITACORA_QUERY_DB_PASSWORD

-- Fail loudly instead of creating roles with a literal ':'command_password'' password.
\if :{?command_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'BITACORA_COMMAND_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?query_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'BITACORA_QUERY_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

-- The login of command-service; it will own the event store.
CREATE ROLE bitacora_command LOGIN PASSWORD :'command_password';

-- The login of query-service; it will own the read model.
CREATE ROLE bitacora_query LOGIN PASSWORD :'query_password';

-- The event store schema, owned by command-service so its Flyway can create and migrate the tables.
CREATE SCHEMA event_store AUTHORIZATION bitacora_command;

-- The wrapped per-case data keys (docs/privacy.md), owned by command-service. The query side is
-- granted nothing here: it has no use for key material, even wrapped.
CREATE SCHEMA case_keys AUTHORIZATION bitacora_command;

-- db-scheduler's task table (Axon's deadlines, e.g. referral answer limits), owned by
-- command-service. The query side is granted nothing here either.
CREATE SCHEMA scheduling AUTHORIZATION bitacora_command;

-- The read model schema, owned by query-service so its Flyway can create and migrate the tables.
CREATE SCHEMA read_model AUTHORIZATION bitacora_query;

-- Lets query-service look up objects in event_store (USAGE only: it cannot create anything there).
GRANT USAGE ON SCHEMA event_store TO bitacora_query;

-- Every table command-service creates in event_store from now on (domain_event_entry,
-- snapshot_event_entry, ...) is readable, and only readable, by query-service.
ALTER DEFAULT PRIVILEGES FOR ROLE bitacora_command IN SCHEMA event_store
    GRANT SELECT ON TABLES TO bitacora_query;

-- Nobody creates objects in the public schema, so nothing lands outside the two owned schemas.
-- (Already the default since PostgreSQL 15; stated here so an older image stays safe.)
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Unqualified table names resolve to each service's own schema, as they do inside its Flyway
-- migrations (e.g. Axon's default token_entry table of query-service's processors).
SELECT current_database() AS database_name \gset
ALTER ROLE bitacora_command IN DATABASE :"database_name" SET search_path = event_store;
ALTER ROLE bitacora_query IN DATABASE :"database_name" SET search_path = read_model;
