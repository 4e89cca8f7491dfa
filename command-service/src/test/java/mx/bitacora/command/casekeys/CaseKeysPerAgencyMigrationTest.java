package mx.bitacora.command.casekeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 carries the key table and the tombstones of a database from before cases were scoped to their
 * issuing agency over to (agency, reference), attributing each row from the event log: a key to the
 * agency that issued the first referral under its reference, a tombstone to every agency that had
 * issued under the erased reference.
 */
class CaseKeysPerAgencyMigrationTest {

  private static final String ISSUED = "mx.bitacora.events.referral.ReferralIssuedEvent";

  private static final String[] MIGRATIONS = {
    "classpath:db/migration/event_store",
    "classpath:db/migration/case_keys",
    "classpath:db/migration/scheduling",
    "classpath:db/migration/idempotency",
    "classpath:db/migration/shelter_occupancy"
  };
  private static final String[] MIGRATIONS_AND_GRANTS = {
    MIGRATIONS[0],
    MIGRATIONS[1],
    MIGRATIONS[2],
    MIGRATIONS[3],
    MIGRATIONS[4],
    "classpath:db/privileges/command-service"
  };

  private final FreshDatabase database = FreshDatabase.create("case_keys_migration");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  @Test
  void existingKeysAndTombstones_areAttributedFromTheEventLog() {
    // The grants callback belongs to the latest schema (it names tables of later versions).
    flyway().locations(MIGRATIONS).target("8").load().migrate();
    // QROO-0147: issued by the Fiscalía first, then (sharing its key) by the Gobierno.
    issued("QROO-2022-0147", "fiscalia-quintana-roo");
    issued("QROO-2022-0147", "gobierno-quintana-roo");
    key("QROO-2022-0147", new byte[] {1});
    // YUC-0031: issued by the DIF only.
    issued("YUC-2022-0031", "dif-benito-juarez");
    key("YUC-2022-0031", new byte[] {2});
    // A key sealed for a referral that was then refused: nothing stored was sealed with it.
    key("ORPHAN-2022-0001", new byte[] {3});
    // An erased reference two agencies had issued under, and one nobody had.
    issued("CAMP-2022-0005", "fiscalia-quintana-roo");
    issued("CAMP-2022-0005", "dif-benito-juarez");
    erased("CAMP-2022-0005");
    erased("ORPHAN-2022-0002");
    // An unreadable stored event of the same type does not stop the migration.
    event(ISSUED, "not json".getBytes(StandardCharsets.UTF_8));

    flyway().load().migrate();

    assertThat(
            jdbc.queryForList(
                "select concat_ws(' ', issuing_agency, case_reference, encode(wrapped_key, 'hex'),"
                    + " bound_to_agency) from case_keys.case_key order by case_reference",
                String.class))
        .containsExactly(
            "fiscalia-quintana-roo QROO-2022-0147 01 f", "dif-benito-juarez YUC-2022-0031 02 f");
    assertThat(
            jdbc.queryForList(
                "select issuing_agency || ' ' || case_reference from case_keys.erased_case"
                    + " order by 1",
                String.class))
        .containsExactly(
            "dif-benito-juarez CAMP-2022-0005", "fiscalia-quintana-roo CAMP-2022-0005");
    // Keys created from now on are bound to agency and reference.
    jdbc.update(
        "insert into case_keys.case_key (issuing_agency, case_reference, wrapped_key)"
            + " values ('gobierno-quintana-roo', 'QROO-2022-0147', '\\x04')");
    assertThat(
            jdbc.queryForObject(
                "select bound_to_agency from case_keys.case_key"
                    + " where issuing_agency = 'gobierno-quintana-roo'",
                Boolean.class))
        .isTrue();
  }

  private FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas("event_store", "case_keys", "scheduling", "idempotency")
        .defaultSchema("event_store")
        .locations(MIGRATIONS_AND_GRANTS)
        .placeholders(Map.of("command-role", "bitacora_command", "query-role", "bitacora_query"));
  }

  private void issued(String reference, String agency) {
    event(
        ISSUED,
        ("{\"referralId\":\""
                + UUID.randomUUID()
                + "\",\"caseReference\":\""
                + reference
                + "\",\"issuingAgency\":\""
                + agency
                + "\",\"receivingAgency\":\"inl\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private void event(String type, byte[] payload) {
    jdbc.update(
        "insert into event_store.domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload)"
            + " values (?, ?, 0, 'Referral', ?, ?, '1', ?)",
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString(),
        Instant.now().toString(),
        type,
        payload);
  }

  private void key(String reference, byte[] wrapped) {
    jdbc.update(
        "insert into case_keys.case_key (case_reference, wrapped_key) values (?, ?)",
        reference,
        wrapped);
  }

  private void erased(String reference) {
    jdbc.update("insert into case_keys.erased_case (case_reference) values (?)", reference);
  }
}
