package mx.bitacora.query;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.PrometheusScrape;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * query-service's {@code /actuator/prometheus} against PostgreSQL: open without a token, and each
 * of the platform's metrics moving when what it measures does. A stopped processor's lag rises (in
 * positions and seconds) and falls to 0 when it starts again; a projection that cannot apply an
 * event shows a dead letter; the sealer's head and checkpoint follow the log; a verification is
 * counted, and a tampered log turns the latest verification to 0; a rebuild reports its progress; a
 * refused query counts its code. The list of exported names the alert rules and the dashboard are
 * checked against is kept true here.
 */
@OwnContext
// Spring Boot's tests leave the Prometheus registry out unless asked.
@AutoConfigureObservability(tracing = false)
class QueryMetricsTest extends ProjectionTest {

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final ShelterId SHELTER = new ShelterId("cat-medido");
  private static final String GROUP = ProcessingGroups.SHELTER_DELIVERIES;
  private static final Map<String, String> OF_GROUP = Map.of("processing_group", GROUP);
  private static final Path EXPORTED =
      Path.of("..", PrometheusScrape.EXPORTED_NAMES_DIRECTORY, "query-service.txt");

  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String staff = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");

  @LocalServerPort int port;
  @Autowired EventProcessingConfiguration processing;
  private QueryApi api;

  @BeforeEach
  void setUp() {
    api = new QueryApi(port);
  }

  @Test
  void aStoppedProcessorsLag_risesInPositionsAndSeconds_andFallsToZeroWhenItResumes() {
    appendDelivery();
    await().atMost(LAG).until(() -> value("bitacora_processor_lag_positions", OF_GROUP) == 0);
    StreamingEventProcessor processor =
        processing.eventProcessor(GROUP, StreamingEventProcessor.class).orElseThrow();
    processor.shutDown();
    try {
      for (int i = 0; i < 3; i++) {
        appendDelivery();
      }
      await()
          .atMost(LAG)
          .untilAsserted(
              () -> {
                // At least the three: a stopped processor's stored tokens may trail its last run.
                assertThat(value("bitacora_processor_lag_positions", OF_GROUP))
                    .isGreaterThanOrEqualTo(3);
                assertThat(value("bitacora_processor_lag_seconds", OF_GROUP)).isPositive();
                // The other groups went on meanwhile.
                assertThat(
                        value(
                            "bitacora_processor_lag_positions",
                            Map.of("processing_group", ProcessingGroups.AUDIT_TRAIL)))
                    .isZero();
              });
    } finally {
      processor.start();
    }
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(value("bitacora_processor_lag_positions", OF_GROUP)).isZero();
              assertThat(value("bitacora_processor_lag_seconds", OF_GROUP)).isZero();
            });
  }

  @Test
  void anEventAProjectionCannotApply_showsAsADeadLetterOfItsGroup() {
    DeliveryId refused = new DeliveryId(UUID.randomUUID());
    jdbc.execute(
        """
        CREATE FUNCTION refuse_measured() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
        CREATE TRIGGER refuse_measured BEFORE INSERT ON read_model.shelter_delivery
          FOR EACH ROW WHEN (NEW.delivery_id = '%s') EXECUTE FUNCTION refuse_measured();
        """
            .formatted(refused));
    double before = value("bitacora_dead_letters_pending", OF_GROUP);

    log.append(planned(refused, null, INL, UNODC, SHELTER, DIF, 5), byStaffOf(UNODC));

    try {
      await()
          .atMost(LAG)
          .until(() -> value("bitacora_dead_letters_pending", OF_GROUP) == before + 1);
      assertThat(api.post("/admin/dead-letters/" + GROUP + "/retry", admin, "", "es").status())
          .isEqualTo(200);
      assertThat(value("bitacora_dead_letters_pending", OF_GROUP)).isEqualTo(before + 1);
    } finally {
      jdbc.execute("DROP TRIGGER refuse_measured ON read_model.shelter_delivery");
    }
  }

  @Test
  void theSealersHeadAndCheckpoint_followTheLog() {
    appendDelivery();
    long head = head();

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              PrometheusScrape scrape = scrape();
              assertThat(scrape.sum("bitacora_sealer_head_position", Map.of()))
                  .isGreaterThanOrEqualTo(head);
              assertThat(scrape.sum("bitacora_sealer_checkpoint_position", Map.of())).isPositive();
              assertThat(scrape.sum("bitacora_sealer_checkpoint_age_seconds", Map.of()))
                  .isGreaterThanOrEqualTo(0);
              assertThat(scrape.sum("bitacora_sealer_last_round_age_seconds", Map.of()))
                  .isLessThan(LAG.toSeconds());
            });
  }

  @Test
  void aVerificationIsCounted_andATamperedLogTurnsTheLatestToZero_untilItIsIntactAgain()
      throws Exception {
    appendDelivery();
    long position = head();
    await().atMost(LAG).until(() -> value("bitacora_sealer_head_position", Map.of()) >= position);
    Map<String, String> intact = Map.of("log", "event_log", "result", "intact");
    Map<String, String> tampered = Map.of("log", "event_log", "result", "tampered");
    Map<String, String> eventLog = Map.of("log", "event_log");
    double intactBefore = value("bitacora_integrity_verifications_total", intact);

    assertThat(api.get("/integrity/verification", auditor).body().path("intact").asBoolean())
        .isTrue();
    assertThat(value("bitacora_integrity_verifications_total", intact)).isEqualTo(intactBefore + 1);
    assertThat(value("bitacora_integrity_verification_intact", eventLog)).isEqualTo(1);

    flipAPayloadBit(position);
    try {
      assertThat(api.get("/integrity/verification", auditor).body().path("intact").asBoolean())
          .isFalse();
      assertThat(value("bitacora_integrity_verifications_total", tampered)).isEqualTo(1);
      assertThat(value("bitacora_integrity_verification_intact", eventLog)).isZero();
    } finally {
      flipAPayloadBit(position); // the same bit again: the payload as it was
    }
    api.get("/integrity/verification", auditor);
    assertThat(value("bitacora_integrity_verification_intact", eventLog)).isEqualTo(1);
  }

  @Test
  void aRebuild_reportsItsProgress_untilItIsDone() {
    appendDelivery();
    String group = ProcessingGroups.AGENCIES;
    Map<String, String> ofGroup = Map.of("processing_group", group);

    assertThat(api.post("/admin/rebuilds/" + group, admin, "", null).status()).isEqualTo(202);

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(value("bitacora_rebuild_running", ofGroup)).isZero();
              assertThat(value("bitacora_rebuild_progress_ratio", ofGroup)).isEqualTo(1);
            });
    assertThat(api.get("/admin/rebuilds/" + group, admin).body().path("state").asText())
        .isEqualTo("DONE");
    assertThat(value("bitacora_rebuild_events_left_out", ofGroup)).isZero();
  }

  @Test
  void aRefusedQuery_isCountedByItsCode() {
    Map<String, String> notFound = Map.of("code", "DELIVERY_NOT_FOUND", "status", "404");
    double before = value("bitacora_requests_refused_total", notFound);

    assertThat(api.get("/deliveries/" + UUID.randomUUID(), staff).status()).isEqualTo(404);

    assertThat(value("bitacora_requests_refused_total", notFound)).isEqualTo(before + 1);
  }

  @Test
  void theListOfExportedNames_holdsEveryPlatformMetric_andOnlyNamesAScrapeShows() {
    // What the list names appears once it has happened: a verification, a rebuild, a refusal.
    appendDelivery();
    api.get("/integrity/verification", auditor);
    api.get("/deliveries/" + UUID.randomUUID(), staff);
    assertThat(api.post("/admin/rebuilds/" + ProcessingGroups.TRAINING, admin, "", null).status())
        .isEqualTo(202);
    await()
        .atMost(LAG)
        .until(() -> scrape().names().contains("eventProcessor_processedCounter_total"));
    System.gc(); // the JVM's GC pause timer exists once a collection happened
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> scrape().names().contains("jvm_gc_pause_seconds_count"));
    PrometheusScrape scraped = scrape();
    Set<String> listed = PrometheusScrape.listedNames(EXPORTED);

    assertThat(scraped.lacking(listed))
        .as("names %s lists that are not exported", EXPORTED)
        .isEmpty();
    assertThat(scraped.platformNamesMissingFrom(listed)).as("missing from %s", EXPORTED).isEmpty();
  }

  private void appendDelivery() {
    log.append(
        planned(new DeliveryId(UUID.randomUUID()), null, INL, UNODC, SHELTER, DIF, 5),
        byStaffOf(UNODC));
  }

  private long head() {
    return jdbc.queryForObject(
        "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
  }

  private void flipAPayloadBit(long position) throws Exception {
    try (Connection connection = newConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE event_store.domain_event_entry SET payload = set_byte(payload, 3,"
              + " get_byte(payload, 3) # 1) WHERE global_index = "
              + position);
    }
  }

  private double value(String name, Map<String, String> labels) {
    return scrape().sum(name, labels);
  }

  private PrometheusScrape scrape() {
    return PrometheusScrape.scrape("http://127.0.0.1:" + port);
  }
}
