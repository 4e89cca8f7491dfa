package mx.bitacora.system.privileges;

import static mx.bitacora.testsupport.DatabaseRoles.COMMAND;
import static mx.bitacora.testsupport.DatabaseRoles.OWNER;
import static mx.bitacora.testsupport.DatabaseRoles.QUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.CommandServiceApplication;
import mx.bitacora.query.QueryServiceApplication;
import mx.bitacora.testsupport.DatabaseRoles;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates a fresh database as deployed: the roles of {@code dev/database-roles.sql}, then each
 * service's Flyway with its real configuration ({@code command-service.yml}, {@code
 * query-service.yml}) logged in as the owner. Then logs in as each application role and shows that
 * what the grants forbid fails with PostgreSQL's {@code insufficient_privilege}, and what the
 * services need works.
 */
class DatabasePrivilegesTest {

  private static final String INSUFFICIENT_PRIVILEGE = "42501";
  private static final String EVENTS = "event_store.domain_event_entry";
  private static final List<String> SCHEMAS =
      List.of(
          "event_store",
          "case_keys",
          "scheduling",
          "idempotency",
          "read_model",
          "integrity",
          "rebuild");

  /**
   * Stands for a table a later migration adds to {@code integrity} (seals, checkpoints, the access
   * log): it exists before query-service's Flyway runs again, as at a service's next start.
   */
  private static final String LATER_INTEGRITY_TABLE = "integrity.added_later";

  private static FreshDatabase database;

  @BeforeAll
  static void migrateAsDeployed() throws SQLException {
    database = FreshDatabase.create("privileges");
    DatabaseRoles.setUp(database);
    migrate(CommandServiceApplication.CONFIG_NAME, COMMAND);
    migrate(QueryServiceApplication.CONFIG_NAME, QUERY);
    execute(
        OWNER,
        "CREATE TABLE "
            + LATER_INTEGRITY_TABLE
            + " (entry_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note TEXT NOT NULL)");
    migrate(QueryServiceApplication.CONFIG_NAME, QUERY);
  }

  /** Only Spring Boot's data source and Flyway, configured from the service's own YAML. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
  static class FlywayOnly {}

  private static void migrate(String configName, String login) {
    new SpringApplicationBuilder(FlywayOnly.class)
        .properties(configName)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .run(
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--spring.datasource.username=" + login,
            "--spring.flyway.user=" + OWNER,
            "--spring.flyway.password=")
        .close();
  }

  @Test
  void everySchemaAndTable_belongsToTheOwner_neverToAnApplicationRole() throws SQLException {
    List<String> notOwned =
        strings(
            """
            SELECT n.nspname || '.' || coalesce(c.relname, '') || ' owned by ' || r.rolname
            FROM pg_namespace n
            LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'S', 'v')
            JOIN pg_roles r ON r.oid = coalesce(c.relowner, n.nspowner)
            WHERE n.nspname = ANY (?) AND r.rolname <> ?
            """,
            SCHEMAS.toArray(String[]::new),
            OWNER);
    assertThat(notOwned).isEmpty();
    assertThat(tablesIn("event_store", "case_keys", "scheduling", "read_model"))
        .as("the services' migrations ran as %s", OWNER)
        .contains(
            EVENTS, "case_keys.case_key", "scheduling.scheduled_tasks", "read_model.token_entry");
  }

  @Test
  void neitherApplicationRole_canUpdateDeleteOrTruncateEvents() {
    for (String role : List.of(COMMAND, QUERY)) {
      assertRefused(role, "UPDATE " + EVENTS + " SET payload_type = payload_type");
      assertRefused(role, "DELETE FROM " + EVENTS);
      assertRefused(role, "TRUNCATE " + EVENTS);
      assertRefused(role, "TRUNCATE event_store.snapshot_event_entry");
      assertRefused(role, "UPDATE event_store.snapshot_event_entry SET payload = payload");
    }
  }

  @Test
  void theCommandRole_appendsAnEvent_andTheQueryRoleReadsIt() throws SQLException {
    String eventId = UUID.randomUUID().toString();
    try (Connection command = DatabaseRoles.connect(database, COMMAND);
        PreparedStatement append =
            command.prepareStatement(
                "INSERT INTO "
                    + EVENTS
                    + " (event_identifier, payload, payload_type, time_stamp,"
                    + " aggregate_identifier, sequence_number, type)"
                    + " VALUES (?, '\\x7b7d', 'TestEvent', '2022-10-21T12:00:00Z', ?, 0, 'Test')")) {
      append.setString(1, eventId);
      append.setString(2, UUID.randomUUID().toString());
      assertThat(append.executeUpdate()).isEqualTo(1);
    }
    try (Connection query = DatabaseRoles.connect(database, QUERY);
        PreparedStatement read =
            query.prepareStatement(
                "SELECT count(*) FROM " + EVENTS + " WHERE event_identifier = ?")) {
      read.setString(1, eventId);
      try (ResultSet rows = read.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void theQueryRole_appendsTheReportsItIssues_butNoOtherEventAndNoSnapshot() throws SQLException {
    String report = "mx.bitacora.events.review.ReviewReportIssuedEvent";
    String append =
        "INSERT INTO "
            + EVENTS
            + " (event_identifier, payload, payload_type, time_stamp, aggregate_identifier,"
            + " sequence_number, type) VALUES ('%s', '\\x7b7d', '%s', 't', '%1$s', %s, %s)";
    String issuance = UUID.randomUUID().toString();
    execute(QUERY, append.formatted(issuance, report, 0, "'ReviewReport'"));
    assertThat(
            strings("SELECT payload_type FROM " + EVENTS + " WHERE event_identifier = ?", issuance))
        .containsExactly(report);
    // Row-level security (V26): any other event, or an issuance in another stream or place.
    assertRefused(QUERY, append.formatted(UUID.randomUUID(), "t", 0, "'ReviewReport'"));
    assertRefused(QUERY, append.formatted(UUID.randomUUID(), "t", 0, "NULL"));
    assertRefused(QUERY, append.formatted(UUID.randomUUID(), report, 0, "'Review'"));
    assertRefused(QUERY, append.formatted(UUID.randomUUID(), report, 0, "NULL"));
    assertRefused(QUERY, append.formatted(UUID.randomUUID(), report, 1, "'ReviewReport'"));
    assertRefused(QUERY, "DELETE FROM event_store.snapshot_event_entry");
    // The command side's occupancy lookup (V24) is no event table: the query side has its views.
    assertRefused(QUERY, "SELECT * FROM event_store.shelter_occupancy");
    assertRefused(QUERY, "SELECT * FROM event_store.referral_place");
  }

  @Test
  void theQueryRole_cannotReadAnythingInTheCaseKeysTheSchedulerOrTheIdempotencyKeys()
      throws SQLException {
    List<String> tables = tablesIn("case_keys", "scheduling", "idempotency");
    assertThat(tables)
        .contains(
            "case_keys.case_key",
            "case_keys.erased_case",
            "case_keys.shelter_key",
            "scheduling.scheduled_tasks",
            "idempotency.idempotency_key");
    for (String table : tables) {
      assertRefused(QUERY, "SELECT * FROM " + table);
      assertRefused(QUERY, "DELETE FROM " + table);
    }
  }

  @Test
  void theCommandRole_cannotReadTheReadModelOrTheIntegrityRecord() throws SQLException {
    List<String> tables = tablesIn("read_model", "integrity", "rebuild");
    assertThat(tables)
        .contains("read_model.shelter_delivery", "rebuild.shelter_delivery", LATER_INTEGRITY_TABLE);
    for (String table : tables) {
      assertRefused(COMMAND, "SELECT * FROM " + table);
      assertRefused(COMMAND, "DELETE FROM " + table);
    }
  }

  @Test
  void theRebuildCopies_mirrorEveryViewTable_andTheQueryRoleWritesThemWithoutCreatingAny()
      throws SQLException {
    List<String> copies = tablesIn("rebuild");
    assertThat(copies).contains("rebuild.referral", "rebuild.audit_trail", "rebuild.agency");
    assertThat(copies)
        .doesNotContain("rebuild.token_entry", "rebuild.dead_letter_entry", "rebuild.inbox_mail");
    for (String copy : copies) {
      execute(QUERY, "DELETE FROM " + copy);
      execute(QUERY, "SELECT count(*) FROM " + copy);
    }
    assertRefused(QUERY, "DROP TABLE rebuild.referral");
  }

  @Test
  void everyIntegrityTable_isReadAndAppendedToByTheQueryRole_butNeverRewritten()
      throws SQLException {
    execute(QUERY, "INSERT INTO " + LATER_INTEGRITY_TABLE + " (note) VALUES ('sealed')");
    for (String table : tablesIn("integrity")) {
      execute(QUERY, "SELECT * FROM " + table);
      assertThat(strings("SELECT has_table_privilege(?, ?, 'INSERT')::text", QUERY, table))
          .as("%s may append to %s", QUERY, table)
          .containsExactly("true");
      // An identity column refuses UPDATE before privileges are checked: name an ordinary one.
      String column =
          strings(
                  "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0"
                      + " AND NOT attisdropped AND attidentity = '' AND attgenerated = ''"
                      + " ORDER BY attnum LIMIT 1",
                  table)
              .get(0);
      for (String role : List.of(QUERY, COMMAND)) {
        assertRefused(role, "UPDATE " + table + " SET " + column + " = " + column);
        assertRefused(role, "DELETE FROM " + table);
        assertRefused(role, "TRUNCATE " + table);
      }
    }
  }

  @Test
  void theQueryRole_readsAndWritesEveryReadModelTable_theNewestProjectionsIncluded()
      throws SQLException {
    List<String> tables = tablesIn("read_model");
    assertThat(tables)
        .contains(
            "read_model.staff_enrolment",
            "read_model.project",
            "read_model.project_beneficiary",
            "read_model.project_training_session",
            "read_model.commitment",
            "read_model.commitment_referral",
            "read_model.review",
            "read_model.review_criterion",
            "read_model.review_finding");
    tables.remove("read_model.flyway_schema_history");
    for (String table : tables) {
      for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
        assertThat(strings("SELECT has_table_privilege(?, ?, ?)::text", QUERY, table, privilege))
            .as("%s may %s %s", QUERY, privilege, table)
            .containsExactly("true");
      }
    }
    String project = UUID.randomUUID().toString();
    execute(
        QUERY,
        "INSERT INTO read_model.project (project_id, name, funder_agency, implementer_agency,"
            + " coordinator_agency, opened_at, updated_at, last_sequence) VALUES ('"
            + project
            + "', 'P', 'inl', 'unodc', 'segob', now(), now(), 0)");
    execute(
        QUERY,
        "INSERT INTO read_model.project_beneficiary VALUES ('"
            + project
            + "', 'cat-cancun', FALSE, now(), 0)");
    execute(
        QUERY,
        "INSERT INTO read_model.staff_enrolment VALUES ('"
            + project
            + "', 'dif-bj-0001', 'dif-benito-juarez', now())");
    execute(
        QUERY,
        "UPDATE read_model.project SET closed_on = current_date WHERE project_id = '"
            + project
            + "'");
    execute(
        QUERY,
        "DELETE FROM read_model.staff_enrolment WHERE training_session_id = '" + project + "'");
    execute(
        QUERY, "DELETE FROM read_model.project_beneficiary WHERE project_id = '" + project + "'");
    execute(QUERY, "DELETE FROM read_model.project WHERE project_id = '" + project + "'");
  }

  @Test
  void theCommandRole_changesCaseKeysOnlyAsTheServiceDoes() throws SQLException {
    // Allowed: fill a missing MAC key, erase a case (delete its key row). Refused: anything else.
    execute(COMMAND, "UPDATE case_keys.case_key SET wrapped_mac_key = '\\x00' WHERE false");
    execute(COMMAND, "DELETE FROM case_keys.case_key WHERE false");
    assertRefused(COMMAND, "UPDATE case_keys.case_key SET wrapped_key = wrapped_key");
    assertRefused(COMMAND, "UPDATE case_keys.shelter_key SET wrapped_key = wrapped_key");
    assertRefused(COMMAND, "DELETE FROM case_keys.shelter_key");
    assertRefused(COMMAND, "DELETE FROM case_keys.erased_case");
    assertRefused(COMMAND, "TRUNCATE case_keys.case_key");
  }

  @Test
  void neitherApplicationRole_touchesTheFlywayHistoriesOrCreatesTables() {
    for (String role : List.of(COMMAND, QUERY)) {
      assertRefused(role, "SELECT * FROM event_store.flyway_schema_history");
      assertRefused(role, "SELECT * FROM read_model.flyway_schema_history");
      for (String schema : List.of("event_store", "read_model", "integrity", "rebuild", "public")) {
        assertRefused(role, "CREATE TABLE " + schema + ".planted (id INT)");
      }
    }
  }

  /**
   * command-service records its reads of sealed case data through the append function, which
   * extends the chain; it can neither read the access log nor write it directly, and the function
   * is no one else's.
   */
  @Test
  void theCommandRole_appendsToTheAccessLogOnlyThroughItsFunction() throws SQLException {
    execute(COMMAND, "SELECT integrity.append_access('{\"view\": \"privileges-test\"}'::jsonb)");
    assertThat(
            strings(
                "SELECT entry ->> 'view' FROM integrity.access_log WHERE entry ->> 'view' = ?",
                "privileges-test"))
        .containsExactly("privileges-test");
    assertRefused(COMMAND, "SELECT * FROM integrity.access_log");
    assertRefused(
        COMMAND,
        "INSERT INTO integrity.access_log (position, entry, chain_hash)"
            + " VALUES (999999, '{}', sha256(''::bytea))");
    assertThat(
            strings(
                """
                SELECT coalesce(nullif(r.rolname, ''), 'PUBLIC') FROM pg_proc p
                CROSS JOIN LATERAL aclexplode(p.proacl) a
                LEFT JOIN pg_roles r ON r.oid = a.grantee
                WHERE p.oid = 'integrity.append_access(jsonb)'::regprocedure
                  AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner
                """))
        .containsExactlyInAnyOrder(COMMAND, QUERY);
  }

  @Test
  void theCommandRole_learnsOnlyWhoReadAnEntry_throughItsFunction() throws SQLException {
    execute(
        COMMAND,
        "SELECT integrity.append_access('{\"view\": \"privileges-reader\", \"actor\":"
            + " \"aud-9\", \"breakGlass\": true, \"owningAgencies\": [\"dif-benito-juarez\"],"
            + " \"breakGlassReason\": \"secreto\"}'::jsonb)");
    String position =
        strings(
                "SELECT position::text FROM integrity.access_log WHERE entry ->> 'view' = ?",
                "privileges-reader")
            .get(0);
    try (Connection connection = DatabaseRoles.connect(database, COMMAND);
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT * FROM integrity.access_entry_reader(" + position + ")")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getMetaData().getColumnCount()).isEqualTo(3);
      assertThat(row.getString("actor")).isEqualTo("aud-9");
      assertThat(row.getBoolean("break_glass")).isTrue();
      assertThat(row.getString("owning_agencies")).isEqualTo("{dif-benito-juarez}");
    }
    assertThat(
            strings(
                """
                SELECT coalesce(nullif(r.rolname, ''), 'PUBLIC') FROM pg_proc p
                CROSS JOIN LATERAL aclexplode(p.proacl) a
                LEFT JOIN pg_roles r ON r.oid = a.grantee
                WHERE p.oid = 'integrity.access_entry_reader(bigint)'::regprocedure
                  AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner
                """))
        .containsExactlyInAnyOrder(COMMAND, QUERY);
  }

  @Test
  void publicIsGrantedNothing() throws SQLException {
    List<String> publicGrants =
        strings(
            """
            SELECT n.nspname || '.' || c.relname || ': ' || a.privilege_type
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL aclexplode(c.relacl) a
            WHERE n.nspname = ANY (?) AND a.grantee = 0
            UNION ALL
            SELECT n.nspname || ': ' || a.privilege_type
            FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
            WHERE (n.nspname = ANY (?) OR n.nspname = 'public') AND a.grantee = 0
            UNION ALL
            SELECT d.datname || ': ' || a.privilege_type
            FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a
            WHERE d.datname = current_database() AND a.grantee = 0
            """,
            SCHEMAS.toArray(String[]::new),
            SCHEMAS.toArray(String[]::new));
    assertThat(publicGrants).isEmpty();
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private static void assertRefused(String role, String sql) {
    assertThatExceptionOfType(SQLException.class)
        .as("%s must be refused: %s", role, sql)
        .isThrownBy(() -> execute(role, sql))
        .extracting(SQLException::getSQLState)
        .as("SQLState of %s's %s", role, sql)
        .isEqualTo(INSUFFICIENT_PRIVILEGE);
  }

  /** Runs {@code sql} logged in as {@code role}. */
  private static void execute(String role, String sql) throws SQLException {
    try (Connection connection = DatabaseRoles.connect(database, role);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The schema-qualified tables of {@code schemas}, as the superuser sees them. */
  private static List<String> tablesIn(String... schemas) throws SQLException {
    return strings(
        "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = ANY (?)"
            + " ORDER BY 1",
        (Object) schemas);
  }

  /** One string column of a superuser query; array parameters become text[]. */
  private static List<String> strings(String sql, Object... parameters) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object parameter = parameters[i];
        if (parameter instanceof String[] array) {
          statement.setArray(i + 1, connection.createArrayOf("text", array));
        } else {
          statement.setObject(i + 1, parameter);
        }
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }
}
