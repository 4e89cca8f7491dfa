package mx.bitacora.query.rebuild;

import static mx.bitacora.query.testing.NetworkFacts.acknowledged;
import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static mx.bitacora.query.testing.NetworkFacts.newSession;
import static mx.bitacora.query.testing.NetworkFacts.planned;
import static mx.bitacora.query.testing.NetworkFacts.registered;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds every projection from the start of the log while its views are being read and new events
 * arrive: no read fails, the rebuilt views equal a replay of the whole log, nothing is counted
 * twice, live streams hear nothing of the replayed events, and nothing of the rebuild is left
 * behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class RebuildApiTest extends QueryServiceTest {

  private static final Duration REBUILD_TIME = Duration.ofSeconds(60);
  private static final List<String> GROUPS =
      List.of(
          "agencies",
          "audit-trail",
          "break-glass-reviews",
          "enrolments",
          "projects",
          "referrals",
          "shelter-deliveries",
          "shelters",
          "training");
  private static final int REFERRALS = 60;

  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  private QueryApi api;
  private NetworkEventLog log;
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String difStaff = DevTokens.mint("dif-staff-1", DIF_BJ.value(), "AGENCY_STAFF");
  private final DeliveryId delivery = new DeliveryId(UUID.randomUUID());

  @BeforeAll
  void recordAHistory() {
    api = new QueryApi(port);
    log = new NetworkEventLog(eventStore);
    log.append(
        registered(DIF_BJ, "DIF Benito Juárez", "DIF BJ", AgencyLevel.MUNICIPAL, "Q. Roo"),
        byAdmin());
    log.append(
        registered(UNODC, "UNODC México", "UNODC", AgencyLevel.INTERNATIONAL, null), byAdmin());
    log.append(planned(delivery, UNODC, DIF_BJ), byStaffOf(UNODC));
    log.append(acknowledged(delivery, DIF_BJ), byStaffOf(DIF_BJ));
    TrainingSessionId session = newSession();
    log.append(scheduled(session, UNODC, TrainingAudience.SHELTER_STAFF), byStaffOf(UNODC));
    log.append(completed(session, "dif-bj-0001"), byStaffOf(UNODC));
    for (int i = 0; i < REFERRALS; i++) {
      issueAndAccept();
    }
    awaitReferralsAnswered(REFERRALS);
  }

  @AfterAll
  void nothingOfARebuildIsLeftBehind() {
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.token_entry WHERE processor_name LIKE '%@rebuild'",
                Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM rebuild.referral", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM rebuild.audit_trail", Long.class))
        .isZero();
  }

  @Test
  void aRebuildOfEveryProjection_whileReadsAreServedAndEventsArrive_failsNoRead_andEqualsAReplay()
      throws InterruptedException {
    ConcurrentLinkedQueue<String> failedReads = new ConcurrentLinkedQueue<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread reader = new Thread(() -> readWhile(reading, failedReads), "reader");
    reader.start();

    for (String group : GROUPS) {
      Answer started = api.post("/admin/rebuilds/" + group, admin, "", null);
      assertThat(started.status()).as(group).isEqualTo(202);
      assertThat(started.body().get("state").asText()).isIn("BUILDING", "TAKING_OVER", "DONE");
      assertThat(started.headers().firstValue("Location")).hasValue("/admin/rebuilds/" + group);
    }
    for (int i = 0; i < 5; i++) {
      issueAndAccept(); // arriving while the rebuilds run
    }
    awaitEveryRebuildDone();
    awaitReferralsAnswered(REFERRALS + 5);
    reading.set(false);
    reader.join();

    assertThat(failedReads).isEmpty();
    long head =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    for (String view : views()) {
      JsonNode rebuilt = read(view, "notOlderThan=" + head).body();
      JsonNode replayed = read(view, "asOfPosition=" + head).body();
      assertThat(rebuilt).as(view).isEqualTo(replayed);
    }
    // Counted once each: the rebuilt overview holds every referral, and no more.
    JsonNode network = read("/commission/overview", "").body().get("network");
    assertThat(network.at("/referralsByState/ACCEPTED").asInt()).isEqualTo(REFERRALS + 5);
    assertThat(network.get("deliveriesAcknowledged").asInt()).isEqualTo(1);
    assertThat(network.at("/trainingCompletionsByAudience/SHELTER_STAFF").asInt()).isEqualTo(1);
  }

  @Test
  void aRebuild_announcesNothingToLiveStreams_andChangesNoAnswer() throws SQLException {
    Map<String, JsonNode> before = new LinkedHashMap<>();
    for (String view : views()) {
      before.put(view, read(view, "").body());
    }
    try (Connection listener = newConnection();
        Statement listen = listener.createStatement()) {
      listen.execute("LISTEN bitacora_view_changes");
      for (String group : GROUPS) {
        assertThat(api.post("/admin/rebuilds/" + group, admin, "", null).status()).isEqualTo(202);
      }
      awaitEveryRebuildDone();
      listen.execute("SELECT 1"); // lets the driver receive pending notifications
      assertThat(listener.unwrap(PGConnection.class).getNotifications()).isNullOrEmpty();
    }
    for (Map.Entry<String, JsonNode> view : before.entrySet()) {
      assertThat(read(view.getKey(), "").body()).as(view.getKey()).isEqualTo(view.getValue());
    }
  }

  @Test
  void progress_namesPositionsRateAndTimeLeft_andOnlyAdministratorsRebuild() throws SQLException {
    try (Connection holder = newConnection()) {
      holdBackTokenInitialisation(holder, "referrals");
      Answer started = api.post("/admin/rebuilds/referrals", admin, "", null);
      assertThat(started.status()).isEqualTo(202);
      awaitSomeoneWaitingOn(holder); // the rebuild's processor, on the held token row

      Answer again = api.post("/admin/rebuilds/referrals", admin, "", null);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.body().get("code").asText()).isEqualTo("REBUILD_IN_PROGRESS");
      JsonNode building = api.get("/admin/rebuilds/referrals", admin).body();
      assertThat(building.get("state").asText()).isNotEqualTo("DONE");
      assertThat(building.get("positionReached").asLong())
          .isLessThanOrEqualTo(building.get("headPosition").asLong());
      holder.rollback(); // lets the rebuild claim its segments and go on
    }
    awaitEveryRebuildDone();
    JsonNode done = api.get("/admin/rebuilds/referrals", admin).body();
    long head =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    assertThat(done.get("processingGroup").asText()).isEqualTo("referrals");
    assertThat(done.get("state").asText()).isEqualTo("DONE");
    assertThat(done.get("positionReached").asLong()).isEqualTo(head);
    assertThat(done.get("headPosition").asLong()).isEqualTo(head);
    assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
    assertThat(done.get("estimatedTimeLeft").asText()).isEqualTo("PT0S");
    assertThat(done.get("eventsLeftOut").asLong()).isZero();
    assertThat(done.get("tookOverAt").isNull()).isFalse();

    assertThat(api.post("/admin/rebuilds/referrals", auditor, "", null).status()).isEqualTo(403);
    assertThat(api.get("/admin/rebuilds", difStaff).status()).isEqualTo(403);
    assertThat(api.post("/admin/rebuilds/referrals", null, "", null).status()).isEqualTo(401);
    Answer unknown = api.post("/admin/rebuilds/no-such-group", admin, "", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(api.get("/admin/rebuilds/no-such-group", admin).status()).isEqualTo(404);
    assertThat(api.get("/admin/rebuilds", admin).body().size()).isPositive();
  }

  /**
   * Keeps a rebuild of {@code group} from starting to apply events until {@code holder} rolls back:
   * an uncommitted token row of the rebuild's processor, which the rebuild's emptying of its tokens
   * does not see, makes the processor's own insert of that row wait on the primary key, before it
   * claims any segment. The rebuild stays {@code BUILDING} however fast the machine is.
   */
  private static void holdBackTokenInitialisation(Connection holder, String group)
      throws SQLException {
    holder.setAutoCommit(false);
    try (PreparedStatement insert =
        holder.prepareStatement(
            "INSERT INTO read_model.token_entry (processor_name, segment) VALUES (?, 0)")) {
      insert.setString(1, Rebuild.processorName(group));
      insert.executeUpdate();
    }
  }

  private static void awaitSomeoneWaitingOn(Connection holder) {
    await()
        .atMost(REBUILD_TIME)
        .untilAsserted(
            () -> {
              try (Statement blocked = holder.createStatement();
                  ResultSet waiting =
                      blocked.executeQuery(
                          "SELECT count(*) FROM pg_stat_activity"
                              + " WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))")) {
                waiting.next();
                assertThat(waiting.getInt(1)).isPositive();
              }
            });
  }

  private void readWhile(AtomicBoolean reading, ConcurrentLinkedQueue<String> failedReads) {
    while (reading.get()) {
      for (String view : views()) {
        int status = read(view, "").status();
        if (status != 200) {
          failedReads.add(view + " answered " + status);
        }
      }
    }
  }

  private void issueAndAccept() {
    ReferralIssuedEvent referral =
        issued(new ReferralId(UUID.randomUUID()), FISCALIA, DIF_BJ, Urgency.ROUTINE);
    log.append(referral, byStaffOf(FISCALIA));
    log.append(new ReferralAcceptedEvent(referral.referralId()), byStaffOf(DIF_BJ));
  }

  private void awaitReferralsAnswered(int count) {
    await()
        .atMost(REBUILD_TIME)
        .untilAsserted(
            () ->
                assertThat(
                        read("/commission/overview", "")
                            .body()
                            .at("/network/referralsByState/ACCEPTED")
                            .asInt())
                    .isEqualTo(count));
  }

  private void awaitEveryRebuildDone() {
    await()
        .atMost(REBUILD_TIME)
        .untilAsserted(
            () -> {
              List<String> states = new ArrayList<>();
              api.get("/admin/rebuilds", admin)
                  .body()
                  .forEach(r -> states.add(r.get("state").asText()));
              assertThat(states).isNotEmpty().containsOnly("DONE");
            });
  }

  private List<String> views() {
    return List.of(
        "/commission/overview",
        "/referrals?size=100",
        "/deliveries/" + delivery,
        "/audit-trail?limit=500");
  }

  private Answer read(String view, String query) {
    String token =
        view.startsWith("/referrals") || view.startsWith("/deliveries") ? difStaff : auditor;
    String separator = view.contains("?") ? "&" : "?";
    return api.get(query.isEmpty() ? view : view + separator + query, token);
  }
}
