package mx.bitacora.command.occupancy;

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
 * Migration V24 fills the occupancy lookup from the events stored before it existed: each shelter
 * with its latest capacity and whether it was closed, and one place per referral to it whose latest
 * answer, withdrawal, closure or voiding is an acceptance; an unreadable stored event is left out.
 */
class ShelterOccupancyMigrationTest {

  private static final String EVENTS = "mx.bitacora.events.";
  private static final String[] MIGRATIONS = {
    "classpath:db/migration/event_store",
    "classpath:db/migration/case_keys",
    "classpath:db/migration/scheduling",
    "classpath:db/migration/idempotency",
    "classpath:db/migration/shelter_occupancy"
  };

  private final FreshDatabase database = FreshDatabase.create("occupancy_migration");
  private final DriverManagerDataSource dataSource =
      new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  @Test
  void theLookup_isFilledFromTheEventsStoredBeforeIt() {
    flyway(MIGRATIONS).target("10").load().migrate();
    shelter("albergue-a", 3);
    event(
        "shelter:albergue-a",
        1,
        "shelter.ShelterCapacityChangedEvent",
        "{\"shelterId\":\"albergue-a\",\"previousCapacity\":3,\"capacity\":5}");
    shelter("albergue-b", 2);
    event(
        "shelter:albergue-b",
        1,
        "shelter.ShelterClosedEvent",
        "{\"shelterId\":\"albergue-b\",\"closedOn\":\"2022-10-30\",\"reason\":\"Cierre\"}");
    referral("albergue-a", "ReferralAcceptedEvent");
    referral("albergue-a", "ReferralAcceptedEvent", "ReferralClosedEvent");
    referral("albergue-a", "ReferralAcceptedEvent", "ReferralStepVoidedEvent");
    referral(
        "albergue-a",
        "ReferralDeclinedEvent",
        "ReferralStepVoidedEvent",
        "ReferralAcceptedEvent",
        "ReferralEscalatedEvent");
    referral("albergue-b");
    referral(null, "ReferralAcceptedEvent");
    event(UUID.randomUUID().toString(), 0, "shelter.ShelterRegisteredEvent", "not json");

    flyway(withGrants()).load().migrate();

    assertThat(
            jdbc.queryForList(
                "select concat_ws(' ', shelter_id, operating_agency, capacity, places_taken, closed)"
                    + " from event_store.shelter_occupancy order by shelter_id",
                String.class))
        .containsExactly(
            "albergue-a dif-benito-juarez 5 2 f", "albergue-b dif-benito-juarez 2 0 t");
    assertThat(jdbc.queryForObject("select count(*) from event_store.referral_place", Long.class))
        .isEqualTo(5);
    // The function the backfill used is gone.
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_proc where proname = 'v24_json_or_null'", Long.class))
        .isZero();
  }

  private void shelter(String id, int capacity) {
    event(
        "shelter:" + id,
        0,
        "shelter.ShelterRegisteredEvent",
        "{\"shelterId\":\"%s\",\"name\":\"Albergue\",\"kind\":\"ALBERGUE\",".formatted(id)
            + "\"operatingAgency\":\"dif-benito-juarez\",\"capacity\":%d}".formatted(capacity));
  }

  /** A referral to {@code shelter} (none when null), then {@code steps} in order. */
  private void referral(String shelter, String... steps) {
    String id = UUID.randomUUID().toString();
    event(
        id,
        0,
        "referral.ReferralIssuedEvent",
        "{\"referralId\":\"%s\",\"caseReference\":\"QROO-2022-0001\",".formatted(id)
            + "\"issuingAgency\":\"fiscalia-quintana-roo\",\"receivingAgency\":\"dif-benito-juarez\""
            + (shelter == null ? "" : ",\"receivingShelter\":\"" + shelter + "\"")
            + "}");
    for (int i = 0; i < steps.length; i++) {
      event(id, i + 1, "referral." + steps[i], "{\"referralId\":\"%s\"}".formatted(id));
    }
  }

  private void event(String stream, long sequence, String type, String payload) {
    jdbc.update(
        "insert into event_store.domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload)"
            + " values (?, ?, ?, 'Test', ?, ?, '1', ?)",
        UUID.randomUUID().toString(),
        stream,
        sequence,
        Instant.now().toString(),
        EVENTS + type,
        payload.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] withGrants() {
    String[] locations = new String[MIGRATIONS.length + 1];
    System.arraycopy(MIGRATIONS, 0, locations, 0, MIGRATIONS.length);
    locations[MIGRATIONS.length] = "classpath:db/privileges/command-service";
    return locations;
  }

  private FluentConfiguration flyway(String... locations) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas("event_store", "case_keys", "scheduling", "idempotency")
        .defaultSchema("event_store")
        .locations(locations)
        .placeholders(Map.of("command-role", "bitacora_command", "query-role", "bitacora_query"));
  }
}
