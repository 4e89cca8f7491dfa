package mx.bitacora.query.readyourwrites;

import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byUnodcStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.dispatched;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newDelivery;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newShelter;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.planned;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.shelterdeliveries.DeliveryEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reading one's own writes: a query naming the position of a just-appended event ({@code
 * notOlderThan}, or the {@code X-Not-Older-Than} header) answers with that event applied, in the
 * very first answer; one naming a position the log has not reached answers 503 {@code
 * VIEW_NOT_CAUGHT_UP} with {@code Retry-After} once the wait (here 500 ms) runs out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
@TestPropertySource(
    properties = "bitacora.read-your-writes.max-wait=" + ReadYourWritesTest.MAX_WAIT_MILLIS + "ms")
class ReadYourWritesTest extends QueryServiceTest {

  static final long MAX_WAIT_MILLIS = 500;

  private static final long BEYOND_THE_LOG = 1_000_000_000L;

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private DeliveryEventLog log;
  private QueryApi api;

  @BeforeAll
  void connect() {
    api = new QueryApi(port);
    log = new DeliveryEventLog(eventStore);
  }

  @Test
  void aQueryNotOlderThanAJustAppendedEvent_answersWithItApplied_everyTime() {
    ShelterId shelter = newShelter();
    for (int i = 1; i <= 20; i++) {
      DeliveryId delivery = newDelivery();
      log.append(planned(delivery, shelter), byUnodcStaff("req-ryw-" + i));
      long position = positionOf(delivery);

      Answer detail = api.get("/deliveries/" + delivery + "?notOlderThan=" + position, auditor);
      Answer list =
          api.get(
              "/shelters/" + shelter + "/deliveries?size=100&notOlderThan=" + position, auditor);

      assertThat(detail.status()).as("detail after %s appends", i).isEqualTo(200);
      assertThat(list.body().get("totalElements").asLong()).isEqualTo(i);
    }
  }

  @Test
  void anUpdate_isAppliedInTheFirstAnswer_alsoWhenThePositionComesAsAHeader() {
    DeliveryId delivery = newDelivery();
    log.append(planned(delivery, newShelter()), byUnodcStaff("req-ryw-plan"));
    log.append(dispatched(delivery), byUnodcStaff("req-ryw-dispatch"));

    Answer detail =
        api.get(
            "/deliveries/" + delivery,
            auditor,
            null,
            Map.of("X-Not-Older-Than", Long.toString(positionOf(delivery))));

    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.body().get("status").asText()).isEqualTo("DISPATCHED");
  }

  @Test
  void aPositionTheLogHasNotReached_answers503_withRetryAfter_onceTheWaitRunsOut() {
    long started = System.nanoTime();
    Answer spanish =
        api.get(
            "/shelters/" + newShelter() + "/deliveries?notOlderThan=" + BEYOND_THE_LOG, auditor);
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    Answer english = api.get("/referrals?notOlderThan=" + BEYOND_THE_LOG, difStaff, "en");

    assertThat(spanish.status()).isEqualTo(503);
    assertThat(spanish.contentType()).startsWith("application/problem+json");
    assertThat(spanish.body().get("code").asText()).isEqualTo("VIEW_NOT_CAUGHT_UP");
    assertThat(spanish.body().get("title").asText()).contains("vista");
    assertThat(spanish.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(waited)
        .isGreaterThanOrEqualTo(Duration.ofMillis(MAX_WAIT_MILLIS))
        .isLessThan(Duration.ofMillis(MAX_WAIT_MILLIS + 1500));
    assertThat(english.status()).isEqualTo(503);
    assertThat(english.body().get("code").asText()).isEqualTo("VIEW_NOT_CAUGHT_UP");
    assertThat(english.body().get("title").asText()).isEqualTo("View has not caught up yet");
    assertThat(english.headers().firstValue("Retry-After")).hasValue("1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "abc", "1.5", "", "99999999999999999999"})
  void aMalformedPosition_answers400(String position) {
    Answer asParameter =
        api.get("/shelters/" + newShelter() + "/deliveries?notOlderThan=" + position, auditor);
    Answer asHeader =
        api.get(
            "/referrals",
            difStaff,
            null,
            Map.of("X-Not-Older-Than", position.isEmpty() ? "none" : position));

    assertThat(asParameter.status()).isEqualTo(400);
    assertThat(asParameter.body().get("code").asText()).isEqualTo("INVALID_PARAMETER");
    assertThat(asHeader.status()).isEqualTo(400);
    assertThat(asHeader.body().get("code").asText()).isEqualTo("INVALID_PARAMETER");
  }

  @Test
  void viewsNoProcessorFeeds_answerAtOnce_butStillRefuseAMalformedPosition() {
    // A position beyond the log is never processed: a view that waited would answer 503, so a
    // 200 shows no wait (no timing, which a busy machine would make flaky).
    Answer accessLog = api.get("/access-log?notOlderThan=" + BEYOND_THE_LOG, auditor);
    Answer checkpoints = api.get("/integrity/checkpoints?notOlderThan=" + BEYOND_THE_LOG, auditor);

    assertThat(accessLog.status()).isEqualTo(200);
    assertThat(checkpoints.status()).isEqualTo(200);
    assertThat(api.get("/access-log?notOlderThan=x", auditor).status()).isEqualTo(400);
  }

  private long positionOf(DeliveryId delivery) {
    return jdbc.queryForObject(
        "select max(global_index) from event_store.domain_event_entry"
            + " where aggregate_identifier = ?",
        Long.class,
        delivery.toString());
  }
}
