-- Flyway callback, run after every migrate of query-service (also when nothing was pending):
-- grants each application role exactly what it needs on the schemas this Flyway migrates
-- (read_model and, once it exists, integrity), and nothing to PUBLIC. Every table belongs to the
-- role Flyway runs as (bitacora_owner in a deployment); an owner can always rewrite its tables, so
-- the services never log in as it. query-service's read of event_store is granted by
-- command-service's Flyway, which creates those tables.
--
-- Each privilege is first revoked and then granted again, so the grants are always exactly these,
-- whatever an earlier version granted. ${query-role} and ${command-role} are Flyway placeholders
-- (spring.flyway.placeholders in query-service.yml). A role that does not exist in the cluster
-- (tests and dev set-ups that run everything as the postgres superuser) is left out.

-- A rebuild (package rebuild, docs/query-side.md) builds a projection's new version beside the
-- serving one, in the rebuild schema's copy of each read_model table. The copies are recreated
-- here, after every migrate, in the tables' current shape, so that the application role never
-- needs to create a table. The processors' own tables, the inbox's e-mail outbox (never rebuilt:
-- what was sent stays sent) and Flyway's history have no copy.
DO $rebuild_tables$
DECLARE
  view_table record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'rebuild') THEN
    FOR view_table IN
      SELECT tablename FROM pg_tables
      WHERE schemaname = 'read_model'
        AND tablename NOT IN ('token_entry', 'dead_letter_entry', 'processor_instance',
                              'inbox_mail', '${flyway:table}')
    LOOP
      EXECUTE format('DROP TABLE IF EXISTS rebuild.%I', view_table.tablename);
      EXECUTE format('CREATE TABLE rebuild.%I (LIKE read_model.%I INCLUDING ALL)',
                     view_table.tablename, view_table.tablename);
    END LOOP;
  END IF;
END
$rebuild_tables$;

DO $grants$
DECLARE
  has_integrity CONSTANT boolean := EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'integrity');
  has_rebuild CONSTANT boolean := EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'rebuild');
  has_access_append CONSTANT boolean := to_regprocedure('integrity.append_access(jsonb)') IS NOT NULL;
  has_entry_reader CONSTANT boolean :=
    to_regprocedure('integrity.access_entry_reader(bigint)') IS NOT NULL;
BEGIN
  REVOKE ALL ON ALL TABLES IN SCHEMA read_model FROM PUBLIC;
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA read_model FROM PUBLIC;
  IF has_integrity THEN
    REVOKE ALL ON ALL TABLES IN SCHEMA integrity FROM PUBLIC;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA integrity FROM PUBLIC;
  END IF;
  IF has_rebuild THEN
    REVOKE ALL ON ALL TABLES IN SCHEMA rebuild FROM PUBLIC;
  END IF;

  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${query-role}') THEN
    -- Projections, the processors' tokens and dead letters: read and written in place. Not this
    -- Flyway's history table, which only Flyway writes.
    REVOKE ALL ON ALL TABLES IN SCHEMA read_model FROM ${query-role};
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA read_model FROM ${query-role};
    GRANT USAGE ON SCHEMA read_model TO ${query-role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA read_model TO ${query-role};
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA read_model TO ${query-role};
    REVOKE ALL ON TABLE ${flyway:defaultSchema}.${flyway:table} FROM ${query-role};

    -- Seals, checkpoints and the access log are append-only: every table of the schema, whichever
    -- migration created it, may be read and appended to, never updated, deleted or truncated.
    IF has_integrity THEN
      REVOKE ALL ON ALL TABLES IN SCHEMA integrity FROM ${query-role};
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA integrity FROM ${query-role};
      GRANT USAGE ON SCHEMA integrity TO ${query-role};
      GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA integrity TO ${query-role};
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA integrity TO ${query-role};
      IF has_access_append THEN
        GRANT EXECUTE ON FUNCTION integrity.append_access(JSONB) TO ${query-role};
      END IF;
      IF has_entry_reader THEN
        GRANT EXECUTE ON FUNCTION integrity.access_entry_reader(BIGINT) TO ${query-role};
      END IF;
    END IF;

    -- A rebuild's copies: read and written in place, emptied when a rebuild starts.
    IF has_rebuild THEN
      REVOKE ALL ON ALL TABLES IN SCHEMA rebuild FROM ${query-role};
      GRANT USAGE ON SCHEMA rebuild TO ${query-role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rebuild TO ${query-role};
    END IF;
  END IF;

  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${command-role}') THEN
    -- The command side reads no projection and no integrity table; it only records its reads of
    -- sealed case data in the access log, through the append function (V18), and asks who read
    -- one entry and whether it was break-glass, through access_entry_reader (V20), to refuse a
    -- reader's review of their own read.
    REVOKE ALL ON ALL TABLES IN SCHEMA read_model FROM ${command-role};
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA read_model FROM ${command-role};
    REVOKE ALL ON SCHEMA read_model FROM ${command-role};
    IF has_integrity THEN
      REVOKE ALL ON ALL TABLES IN SCHEMA integrity FROM ${command-role};
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA integrity FROM ${command-role};
      REVOKE ALL ON SCHEMA integrity FROM ${command-role};
      IF has_access_append THEN
        GRANT USAGE ON SCHEMA integrity TO ${command-role};
        GRANT EXECUTE ON FUNCTION integrity.append_access(JSONB) TO ${command-role};
      END IF;
      IF has_entry_reader THEN
        GRANT USAGE ON SCHEMA integrity TO ${command-role};
        GRANT EXECUTE ON FUNCTION integrity.access_entry_reader(BIGINT) TO ${command-role};
      END IF;
    END IF;
    IF has_rebuild THEN
      REVOKE ALL ON ALL TABLES IN SCHEMA rebuild FROM ${command-role};
      REVOKE ALL ON SCHEMA rebuild FROM ${command-role};
    END IF;
  END IF;
END
$grants$;
