package mx.bitacora.query.audittrail;

import static mx.bitacora.query.audittrail.TestAuditTrail.DIF;
import static mx.bitacora.query.audittrail.TestAuditTrail.FISCALIA;
import static mx.bitacora.query.audittrail.TestAuditTrail.INL;
import static mx.bitacora.query.audittrail.TestAuditTrail.SEALED_DETAILS;
import static mx.bitacora.query.audittrail.TestAuditTrail.SEALED_LOCATION;
import static mx.bitacora.query.audittrail.TestAuditTrail.SEGOB;
import static mx.bitacora.query.audittrail.TestAuditTrail.UNODC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.accessreview.AccessReviewEvent;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.cases.CaseEvent;
import mx.bitacora.events.commitment.CommitmentEvent;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.inbox.InboxEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.review.ReviewEvent;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionReplay;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit-trail projection end to end: events of every aggregate appended to the event store,
 * tailed by the {@code audit-trail} processor, one row each in {@code read_model.audit_trail} —
 * with their position, business time, involved agencies and correction chain, never a case
 * reference or sealed detail, and unchanged by a replay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class AuditTrailProjectionTest extends QueryServiceTest {

  @Autowired EventStore eventStore;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TokenStore tokenStore;
  @Autowired JdbcTemplate jdbc;

  private AuditTrailEventLog log;
  private TestAuditTrail.Scenario scenario;

  @BeforeAll
  void appendTheScenario() {
    log = new AuditTrailEventLog(eventStore);
    scenario = TestAuditTrail.appendScenario(log);
    awaitRows(scenario.inOrder());
  }

  @Test
  void eventsOfEveryAggregate_becomeOneRowEach_inLogOrder_withWhoRecordedThem() {
    List<Long> positions =
        scenario.inOrder().stream().map(id -> (Long) row(id).get("position")).toList();
    assertThat(positions).isSorted().doesNotHaveDuplicates();
    Long stored =
        jdbc.queryForObject(
            "SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
            Long.class,
            scenario.id("deliveryPlanned"));
    assertThat(row(scenario.id("deliveryPlanned")).get("position")).isEqualTo(stored);

    Map<String, Object> planned = row(scenario.id("deliveryPlanned"));
    assertThat(planned.get("event_type")).isEqualTo("DeliveryPlannedEvent");
    assertThat(planned.get("aggregate_type")).isEqualTo("Delivery");
    assertThat(planned.get("aggregate_id")).isEqualTo(scenario.delivery().toString());
    assertThat(planned.get("sequence_number")).isEqualTo(0L);
    assertThat(planned.get("actor")).isEqualTo("unodc-mexico-staff-1");
    assertThat(planned.get("actor_agency")).isEqualTo("unodc-mexico");
    assertThat(texts(planned.get("actor_roles"))).containsExactly("AGENCY_STAFF");
    assertThat((String) planned.get("request_id")).startsWith("req-plan-");
    assertThat(planned.get("correlation_id")).isEqualTo("corr-" + planned.get("request_id"));
    assertThat(planned.get("recorded_at")).isNotNull();
    assertThat(row(scenario.id("receiptAcknowledged")).get("sequence_number")).isEqualTo(2L);

    Map<String, Object> agency = row(scenario.id("agencyRegistered"));
    assertThat(agency.get("aggregate_type")).isEqualTo("Agency");
    assertThat((String) agency.get("aggregate_id")).startsWith("agency:inl-");
    assertThat(texts(agency.get("actor_roles"))).containsExactly("PLATFORM_ADMIN");
    Map<String, Object> escalation = row(scenario.id("referralEscalated"));
    assertThat(escalation.get("actor")).isNull();
    assertThat(escalation.get("actor_agency")).isNull();
    assertThat(texts(escalation.get("actor_roles"))).isEmpty();
  }

  @Test
  void businessTime_isWhenTheFactHappened_andNoneForAnEventWithoutOne() {
    assertThat(businessTime("deliveryPlanned")).isEqualTo("2022-10-21");
    assertThat(businessTime("deliveryDispatched")).isEqualTo("2022-10-21");
    assertThat(businessTime("receiptAcknowledged")).isEqualTo("2022-10-21");
    assertThat(businessTime("receiptCorrected")).isEqualTo("2022-10-22");
    assertThat(businessTime("projectOpened")).isEqualTo("2022-01-01");
    assertThat(businessTime("sessionScheduled")).isEqualTo("2022-10-25");
    assertThat(businessTime("trainingCompleted")).isEqualTo("2022-10-26");
    assertThat(businessTime("referralIssued")).isEqualTo("2022-10-20");
    assertThat(businessTime("referralEscalated")).isEqualTo(scenario.escalatedAt().toString());
    assertThat(businessTime("agencyRegistered")).isNull();
    assertThat(businessTime("shelterRegistered")).isNull();
    assertThat(businessTime("participantEnrolled")).isNull();
    assertThat(businessTime("referralDeclined")).isNull();
    assertThat(businessTime("caseErased")).isNull();
  }

  @Test
  void involvedAgencies_areTheActingAgency_thenEveryAgencyTheEventNames() {
    assertThat(agencies("deliveryPlanned"))
        .containsExactly(UNODC.value(), INL.value(), SEGOB.value(), DIF.value());
    assertThat(agencies("receiptAcknowledged")).containsExactly(DIF.value());
    // An erasure names whose case it was (never which case): that agency sees it in its trail.
    assertThat(agencies("caseErased")).containsExactly(SEGOB.value(), FISCALIA.value());
    assertThat(agencies("deliveryDispatched")).containsExactly(UNODC.value());
    assertThat(agencies("projectOpened"))
        .containsExactly(UNODC.value(), INL.value(), SEGOB.value());
    assertThat(agencies("shelterRegistered")).containsExactly(DIF.value());
    assertThat(agencies("sessionScheduled")).containsExactly(UNODC.value());
    assertThat(agencies("participantEnrolled")).containsExactly(FISCALIA.value());
    assertThat(agencies("referralIssued")).containsExactly(FISCALIA.value(), DIF.value());
    assertThat(agencies("referralEscalated")).isEmpty();
    assertThat(agencies("agencyRegistered")).hasSize(2).startsWith(SEGOB.value());
  }

  @Test
  void aCorrectionOrVoiding_namesTheEventItCorrects_andOtherEventsNone() {
    assertThat(row(scenario.id("receiptCorrected")).get("corrects"))
        .isEqualTo(scenario.id("receiptAcknowledged"));
    assertThat(row(scenario.id("completionVoided")).get("corrects"))
        .isEqualTo(scenario.id("trainingCompleted"));
    assertThat(row(scenario.id("declineVoided")).get("corrects"))
        .isEqualTo(scenario.id("referralDeclined"));
    assertThat(row(scenario.id("receiptAcknowledged")).get("corrects")).isNull();
  }

  @Test
  void noCaseReference_sealedDetail_orSealedLocation_isAnywhereInTheTable() {
    List<String> rows =
        jdbc.queryForList("SELECT a::text FROM read_model.audit_trail a", String.class);
    assertThat(rows).isNotEmpty();
    assertThat(String.join("\n", rows))
        .doesNotContain(scenario.caseReference().value())
        .doesNotContain(SEALED_DETAILS)
        .doesNotContain(SEALED_LOCATION);
    Map<String, Object> erased = row(scenario.id("caseErased"));
    assertThat(erased.get("aggregate_type")).isEqualTo("CaseErasure");
    assertThat(erased.get("aggregate_id")).isNull();
  }

  @Test
  void everyEventTypeOfTheContract_hasItsRow_evenWithoutAnyFactBeyondItsAggregate()
      throws ReflectiveOperationException {
    List<String> ids = new ArrayList<>();
    List<String> types = new ArrayList<>();
    Map<Class<?>, java.util.function.Supplier<Object>> families =
        Map.ofEntries(
            Map.entry(AgencyEvent.class, () -> new AgencyId("agency-" + shortId())),
            Map.entry(ShelterEvent.class, () -> new ShelterId("shelter-" + shortId())),
            Map.entry(ProjectEvent.class, () -> new ProjectId(UUID.randomUUID())),
            Map.entry(DeliveryEvent.class, () -> new DeliveryId(UUID.randomUUID())),
            Map.entry(TrainingEvent.class, () -> new TrainingSessionId(UUID.randomUUID())),
            Map.entry(ReferralEvent.class, () -> new ReferralId(UUID.randomUUID())),
            Map.entry(CaseEvent.class, () -> TestAuditTrail.newCase()),
            Map.entry(
                AccessReviewEvent.class,
                () -> java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)),
            Map.entry(InboxEvent.class, () -> new AgencyId("agency-" + shortId())),
            Map.entry(CommitmentEvent.class, () -> new CommitmentId(UUID.randomUUID())),
            Map.entry(ReviewEvent.class, () -> new ReviewId(UUID.randomUUID())));
    for (Map.Entry<Class<?>, java.util.function.Supplier<Object>> family : families.entrySet()) {
      for (Class<?> type : family.getKey().getPermittedSubclasses()) {
        Object event = AuditTrailEventLog.bare(type, family.getValue().get());
        ids.add(log.append(event, TestAuditTrail.byStaff(SEGOB, "req-bare-" + shortId())));
        types.add(type.getSimpleName());
      }
    }

    awaitRows(ids);
    assertThat(types).hasSize(48);
    assertThat(ids.stream().map(id -> (String) row(id).get("event_type")).toList())
        .isEqualTo(types);
  }

  @Test
  void replayingTheWholeLog_changesAndDoublesNothing() {
    String before = dump();

    String marker = replayFromTheStart();

    String after =
        jdbc.queryForObject(
            "SELECT string_agg(a::text, E'\\n' ORDER BY position) FROM read_model.audit_trail a"
                + " WHERE event_id <> ?",
            String.class,
            marker);
    assertThat(after).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.audit_trail", Integer.class))
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry", Integer.class));
  }

  private String replayFromTheStart() {
    String[] marker = new String[1];
    ProjectionReplay.replayFromTheStart(
        processing,
        tokenStore,
        ProcessingGroups.AUDIT_TRAIL,
        () ->
            marker[0] =
                log.append(
                    new AgencyRenamedEvent(new AgencyId("marker-" + shortId()), "Marcador", "MRC"),
                    TestAuditTrail.byStaff(SEGOB, "req-marker")),
        LAG);
    awaitRows(List.of(marker[0]));
    return marker[0];
  }

  private String dump() {
    return jdbc.queryForObject(
        "SELECT string_agg(a::text, E'\\n' ORDER BY position) FROM read_model.audit_trail a",
        String.class);
  }

  private void awaitRows(List<String> eventIds) {
    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "SELECT count(*) FROM read_model.audit_trail"
                                + " WHERE event_id = ANY(?)",
                            Integer.class,
                            (Object) eventIds.toArray(String[]::new)))
                    .isEqualTo(eventIds.size()));
  }

  private Map<String, Object> row(String eventId) {
    return jdbc.queryForMap("SELECT * FROM read_model.audit_trail WHERE event_id = ?", eventId);
  }

  private String businessTime(String name) {
    return (String) row(scenario.id(name)).get("business_time");
  }

  private List<String> agencies(String name) {
    return texts(row(scenario.id(name)).get("agencies"));
  }

  private static List<String> texts(Object array) {
    try {
      return Arrays.asList((String[]) ((Array) array).getArray());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
