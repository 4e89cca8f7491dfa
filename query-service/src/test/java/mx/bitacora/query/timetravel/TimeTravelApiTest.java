package mx.bitacora.query.timetravel;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.query.tracking.Projections;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Records a history in four steps, takes every view's answer after each step, and later asks each
 * view "as of" those moments, by position and by instant: the answers are the ones given then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
@TestPropertySource(properties = {"bitacora.time-travel.max-wait=1s"})
class TimeTravelApiTest extends QueryServiceTest {

  private static final Instant START = Instant.parse("2022-10-20T15:00:00Z");

  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final ShelterId CAT = new ShelterId("cat-cancun");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;
  @Autowired Projections projections;
  @Autowired ReplaySlots replaySlots;

  private QueryApi api;
  private NetworkEventLog log;
  private Instant clock = START;
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String difStaff = DevTokens.mint("dif-staff-1", DIF_BJ.value(), "AGENCY_STAFF");
  private final DeliveryId delivery = new DeliveryId(UUID.randomUUID());
  private final List<Moment> moments = new ArrayList<>();

  /**
   * A moment of the history: its last event's position and record time, and what each view said.
   */
  private record Moment(long position, Instant recordedAt, Map<String, JsonNode> answers) {}

  @BeforeAll
  void recordTheHistoryAndTheViewsAfterEachStep() {
    api = new QueryApi(port);
    log = new NetworkEventLog(eventStore);

    record(registered(DIF_BJ, "DIF Benito Juárez", "DIF BJ", AgencyLevel.MUNICIPAL, "Q. Roo"));
    record(registered(UNODC, "UNODC México", "UNODC", AgencyLevel.INTERNATIONAL, null));
    record(
        new ShelterRegisteredEvent(
            CAT, "CAT Cancún", ShelterKind.CAT, DIF_BJ, "Benito Juárez", "Q. Roo", 3, true, null),
        byStaffOf(DIF_BJ));
    record(planned(delivery, UNODC, DIF_BJ), byStaffOf(UNODC));
    ReferralIssuedEvent first =
        toTheCat(issued(new ReferralId(UUID.randomUUID()), FISCALIA, DIF_BJ, Urgency.URGENT));
    record(first, byStaffOf(FISCALIA));
    moments.add(answersNow());

    record(acknowledged(delivery, DIF_BJ), byStaffOf(DIF_BJ));
    record(new ReferralAcceptedEvent(first.referralId()), byStaffOf(DIF_BJ));
    record(new ShelterCapacityChangedEvent(CAT, 3, 5), byStaffOf(DIF_BJ));
    moments.add(answersNow());

    TrainingSessionId session = newSession();
    record(scheduled(session, UNODC, TrainingAudience.SHELTER_STAFF), byStaffOf(UNODC));
    record(completed(session, "dif-bj-0001"), byStaffOf(UNODC));
    record(completed(session, "dif-bj-0002"), byStaffOf(UNODC));
    ReferralIssuedEvent second =
        issued(new ReferralId(UUID.randomUUID()), FISCALIA, DIF_BJ, Urgency.ROUTINE);
    record(second, byStaffOf(FISCALIA));
    moments.add(answersNow());

    record(
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact("e-3", 3),
            TrainingFactKind.COMPLETION,
            "Duplicada",
            new StaffId("dif-bj-0002")),
        byStaffOf(UNODC));
    record(
        new ReferralDeclinedEvent(second.referralId(), DeclineReason.NO_CAPACITY),
        byStaffOf(DIF_BJ));
    record(
        new ReferralClosedEvent(
            first.referralId(), ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
        byStaffOf(DIF_BJ));
    moments.add(answersNow());
  }

  /** The shelter directory's figures did change, so answering each moment's proves something. */
  @Test
  void theShelterDirectory_asOfEachMoment_showsThePlacesTakenThen() {
    List<String> figures = new ArrayList<>();
    for (Moment moment : moments) {
      JsonNode cat = get("/shelters", "asOfPosition=" + moment.position()).body().at("/shelters/0");
      figures.add(cat.get("capacity").asInt() + "/" + cat.get("placesTaken").asLong());
    }
    assertThat(figures).containsExactly("3/0", "5/1", "5/1", "5/0");
  }

  @Test
  void everyViewAsOfAPastPosition_answersWhatItSaidThen() {
    for (Moment moment : moments) {
      for (Map.Entry<String, JsonNode> view : moment.answers().entrySet()) {
        Answer past = get(view.getKey(), "asOfPosition=" + moment.position());
        assertThat(past.status()).as(view.getKey()).isEqualTo(200);
        assertThat(past.headers().firstValue("X-As-Of-Position"))
            .hasValue(Long.toString(moment.position()));
        assertThat(past.body()).as(view.getKey() + " as of " + moment).isEqualTo(view.getValue());
      }
    }
  }

  @Test
  void everyViewAsOfAPastInstant_answersWhatItSaidAfterTheLastEventRecordedByThen() {
    for (Moment moment : moments) {
      // Half an hour after the moment's last event, before the next step's first.
      Instant between = moment.recordedAt().plus(Duration.ofMinutes(30));
      for (Map.Entry<String, JsonNode> view : moment.answers().entrySet()) {
        Answer past = get(view.getKey(), "asOf=" + between);
        assertThat(past.status()).as(view.getKey()).isEqualTo(200);
        assertThat(past.headers().firstValue("X-As-Of-Position"))
            .hasValue(Long.toString(moment.position()));
        assertThat(past.body()).as(view.getKey() + " as of " + between).isEqualTo(view.getValue());
      }
    }
  }

  @Test
  void beforeTheFirstEvent_theViewsAreEmpty_andTheCurrentViewsAreUntouchedByThePast() {
    JsonNode overview = get("/commission/overview", "asOfPosition=0").body();
    assertThat(overview.get("groups")).isEmpty();
    assertThat(overview.at("/network/referralsAnswered").asLong()).isZero();
    assertThat(get("/referrals", "asOf=2000-01-01T00:00:00Z").body().get("referrals")).isEmpty();

    Moment last = moments.get(moments.size() - 1);
    for (Map.Entry<String, JsonNode> view : last.answers().entrySet()) {
      assertThat(current(view.getKey())).as(view.getKey()).isEqualTo(view.getValue());
    }
  }

  @Test
  void aPastReadOfCaseData_isRecordedInTheAccessLog_likeAnyOther() {
    long before = accessLogEntries();
    assertThat(get("/referrals", "asOfPosition=" + moments.get(0).position()).status())
        .isEqualTo(200);
    assertThat(accessLogEntries()).isEqualTo(before + 1);
  }

  @Test
  void aMomentThatIsNoPastMoment_isABadRequest_andChangesNothing() {
    long before = accessLogEntries();
    for (String malformed :
        List.of(
            "asOfPosition=-1",
            "asOfPosition=soon",
            "asOfPosition=99999999999999999999",
            "asOf=yesterday",
            "asOf=" + Instant.now().plus(Duration.ofDays(1)),
            "asOf=" + START + "&asOfPosition=1")) {
      Answer answer = get("/referrals", malformed);
      assertThat(answer.status()).as(malformed).isEqualTo(400);
      assertThat(answer.body().get("code").asText()).isEqualTo("INVALID_PARAMETER");
    }
    assertThat(accessLogEntries()).isEqualTo(before);
  }

  @Test
  void anEndpointNoProcessorFeeds_hasNoPastView() {
    Answer answer = api.get("/access-log?asOfPosition=1", auditor);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().get("code").asText()).isEqualTo("AS_OF_NOT_AVAILABLE");
  }

  @Test
  void aPositionNotSettledYet_isRefusedWithRetryAfter() {
    Answer answer = get("/commission/overview", "asOfPosition=1000000");
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.body().get("code").asText()).isEqualTo("PAST_NOT_SETTLED");
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
  }

  @Test
  void whileEveryReplaySlotIsTaken_aPastReadIsRefusedWithRetryAfter_andAnsweredOnceOneIsFree()
      throws Exception {
    String asOfFirstMoment = "asOfPosition=" + moments.get(0).position();
    CountDownLatch taken = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService holders = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 2; i++) { // the shipped bound: two replays at once
        holders.submit(
            () ->
                replaySlots.run(
                    () -> {
                      taken.countDown();
                      return release.await(30, TimeUnit.SECONDS);
                    }));
      }
      assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

      Answer refused = get("/commission/overview", asOfFirstMoment);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.body().get("code").asText()).isEqualTo("TIME_TRAVEL_BUSY");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.headers().firstValue(TimeTravel.POSITION_HEADER)).isEmpty();
    } finally {
      release.countDown();
      holders.shutdown();
      assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    Answer answered = get("/commission/overview", asOfFirstMoment);
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.body()).isEqualTo(moments.get(0).answers().get("/commission/overview"));
  }

  @Test
  void everyViewTable_isNamedByTheProjectionThatWritesIt_soThatAReplayCopiesIt() {
    List<String> named = new ArrayList<>();
    projections.of(projections.groups()).forEach(projection -> named.addAll(projection.tables()));
    List<String> viewTables =
        jdbc.queryForList(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'read_model' AND tablename NOT IN"
                + " ('token_entry', 'dead_letter_entry', 'processor_instance', 'inbox_mail',"
                + " 'flyway_schema_history')",
            String.class);
    assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(viewTables);
  }

  /** The referral, naming the CAT as its receiving shelter. */
  private static ReferralIssuedEvent toTheCat(ReferralIssuedEvent issued) {
    return new ReferralIssuedEvent(
        issued.referralId(),
        issued.caseReference(),
        issued.issuingAgency(),
        issued.receivingAgency(),
        CAT,
        issued.service(),
        issued.urgency(),
        issued.consent(),
        issued.victimDetails(),
        null,
        null,
        null,
        null);
  }

  private void record(Object event) {
    record(event, byAdmin());
  }

  private void record(Object event, Map<String, Object> origin) {
    clock = clock.plus(Duration.ofHours(1));
    log.append(event, origin, clock);
  }

  /** Each view's answer once it has processed the last event, and that event's position. */
  private Moment answersNow() {
    long position =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    for (String view : views()) {
      await()
          .atMost(LAG)
          .untilAsserted(
              () ->
                  assertThat(get(view, "notOlderThan=" + position).status())
                      .as(view)
                      .isEqualTo(200));
      answers.put(view, get(view, "notOlderThan=" + position).body());
    }
    // Read your writes holds for the trail too: its answer reaches the position asked for.
    assertThat(answers.get("/audit-trail").get("nextCursor").asLong()).isEqualTo(position);
    return new Moment(position, clock, answers);
  }

  private List<String> views() {
    return List.of(
        "/commission/overview",
        "/commission/overview?groupBy=STATE",
        "/referrals",
        "/deliveries/" + delivery,
        "/audit-trail",
        "/my-agency",
        "/my-agency/activity",
        "/agencies",
        "/shelters");
  }

  private JsonNode current(String view) {
    return get(view, "").body();
  }

  private Answer get(String view, String query) {
    String token = view.startsWith("/commission") || view.startsWith("/audit") ? auditor : difStaff;
    String separator = view.contains("?") ? "&" : "?";
    return api.get(query.isEmpty() ? view : view + separator + query, token);
  }

  private long accessLogEntries() {
    return jdbc.queryForObject("SELECT count(*) FROM integrity.access_log", Long.class);
  }
}
