package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.acknowledged;
import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.escalated;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The commission overview over a small known network: two states' agencies and two without a state,
 * four referrals (answered in 1 h, 2 h and 10 h, one escalated, one awaiting an answer), deliveries
 * acknowledged, pending and voided, and completions of two audiences, of which a voided one and a
 * cancelled session's do not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class OverviewApiTest extends OverviewNetwork {

  private static final Instant ISSUED = Instant.parse("2022-10-20T15:00:00Z");

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  @BeforeAll
  void recordTheNetwork() {
    NetworkEventLog log = registerTheAgencies();
    log.append(
        registered(UNODC, "UNODC México", "UNODC", AgencyLevel.INTERNATIONAL, null), byAdmin());

    // Referrals: DIF Benito Juárez answers in 1 h (accepts) and 2 h (declines); DIF Mérida in
    // 10 h after an escalation, and leaves an emergency awaiting an answer, issued to one of its
    // shelters that had no free place.
    answered(log, DIF_BJ, Urgency.URGENT, Duration.ofHours(1), true, false);
    answered(log, DIF_BJ, Urgency.ROUTINE, Duration.ofHours(2), false, false);
    answered(log, DIF_MERIDA, Urgency.URGENT, Duration.ofHours(10), true, true);
    log.append(
        toAFullShelter(
            issued(new ReferralId(UUID.randomUUID()), FISCALIA, DIF_MERIDA, Urgency.EMERGENCY)),
        byStaffOf(FISCALIA),
        ISSUED);

    // Deliveries: to DIF Benito Juárez one acknowledged and one planned; to DIF Mérida one
    // dispatched and one voided.
    DeliveryId acknowledged = new DeliveryId(UUID.randomUUID());
    log.append(planned(acknowledged, UNODC, DIF_BJ), byStaffOf(UNODC));
    log.append(acknowledged(acknowledged, DIF_BJ), byStaffOf(DIF_BJ));
    log.append(planned(new DeliveryId(UUID.randomUUID()), UNODC, DIF_BJ), byStaffOf(UNODC));
    DeliveryId dispatched = new DeliveryId(UUID.randomUUID());
    log.append(planned(dispatched, UNODC, DIF_MERIDA), byStaffOf(UNODC));
    log.append(
        new DeliveryDispatchedEvent(dispatched, NetworkFacts.OCTOBER_21_2022), byStaffOf(UNODC));
    DeliveryId voided = new DeliveryId(UUID.randomUUID());
    log.append(planned(voided, UNODC, DIF_MERIDA), byStaffOf(UNODC));
    log.append(new DeliveryVoidedEvent(voided, "Registrada dos veces"), byStaffOf(UNODC));

    // Training: UNODC trains shelter staff (three completions, one voided) and prosecutors in a
    // session later cancelled; the prosecutors' office trains its prosecutors (one completion).
    TrainingSessionId shelterStaff = newSession();
    log.append(scheduled(shelterStaff, UNODC, TrainingAudience.SHELTER_STAFF), byStaffOf(UNODC));
    log.append(completed(shelterStaff, "dif-bj-0001"), byStaffOf(UNODC));
    log.append(completed(shelterStaff, "dif-bj-0002"), byStaffOf(UNODC));
    log.append(completed(shelterStaff, "dif-bj-0003"), byStaffOf(UNODC));
    log.append(
        new TrainingFactVoidedEvent(
            shelterStaff,
            new CorrectedFact("e-3", 3),
            TrainingFactKind.COMPLETION,
            "Error",
            new StaffId("dif-bj-0003")),
        byStaffOf(UNODC));
    TrainingSessionId cancelled = newSession();
    log.append(scheduled(cancelled, UNODC, TrainingAudience.PROSECUTORS), byStaffOf(UNODC));
    log.append(completed(cancelled, "fge-0001"), byStaffOf(UNODC));
    log.append(new TrainingSessionCancelledEvent(cancelled, "Sede cerrada"), byStaffOf(UNODC));
    TrainingSessionId prosecutors = newSession();
    log.append(scheduled(prosecutors, FISCALIA, TrainingAudience.PROSECUTORS), byStaffOf(FISCALIA));
    log.append(completed(prosecutors, "fge-0002"), byStaffOf(FISCALIA));

    // The last event of each processing group is in: every figure is final.
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode network = overview("", auditor).body().get("network");
              assertThat(network.get("referralsAnswered").asLong()).isEqualTo(3);
              assertThat(network.at("/referralsByState/AWAITING_ANSWER").asLong()).isEqualTo(1);
              assertThat(network.get("deliveriesPending").asLong()).isEqualTo(2);
              assertThat(network.get("deliveriesAcknowledged").asLong()).isEqualTo(1);
              assertThat(network.at("/trainingCompletionsByAudience/PROSECUTORS").asLong())
                  .isEqualTo(1);
              assertThat(network.at("/trainingCompletionsByAudience/SHELTER_STAFF").asLong())
                  .isEqualTo(2);
              assertThat(groups(overview("", auditor).body())).hasSize(5);
            });
  }

  @Test
  void referralsIssuedToAFullShelter_areCounted_forTheReceiver_reviewersSeeOneAsBelowFive() {
    assertThat(overview("", auditor).body().at("/network/referralsToFullShelters").asLong())
        .isEqualTo(1);
    List<JsonNode> byAgency = groups(overview("?groupBy=AGENCY", auditor).body());
    assertThat(byAgency)
        .extracting(group -> group.at("/figures/referralsToFullShelters").asLong())
        .containsExactly(0L, 1L, 0L, 0L, 0L);
    assertThat(
            groups(overview("?groupBy=STATE", auditor).body()).stream()
                .map(group -> group.at("/figures/referralsToFullShelters").asLong()))
        .containsExactly(0L, 1L, 0L);

    // A reviewer sees the 1 as "<5", wherever it is counted; the 0s as they are.
    JsonNode network = overview("", reviewer).body().get("network");
    assertThat(network.get("referralsToFullShelters").isNull()).isTrue();
    assertThat(network.get("referralsToFullSheltersShown").asText()).isEqualTo("<5");
    assertThat(groups(overview("?groupBy=AGENCY", reviewer).body()))
        .extracting(group -> group.at("/figures/referralsToFullSheltersShown").asText())
        .containsExactly("0", "<5", "0", "0", "0");
    assertThat(
            groups(overview("?groupBy=STATE", reviewer).body()).stream()
                .map(group -> group.at("/figures/referralsToFullSheltersShown").asText()))
        .containsExactly("0", "<5", "0");
  }

  @Test
  void theNetworkTotals_countEveryReferralDeliveryAndCompletion_withMedianAndP90TimeToAnswer() {
    JsonNode network = overview("", auditor).body().get("network");

    assertThat(network.get("referralsByState").toString())
        .isEqualTo(
            "{\"AWAITING_ANSWER\":1,\"ACCEPTED\":2,\"DECLINED\":1,\"WITHDRAWN\":0,\"CLOSED\":0}");
    assertThat(network.get("referralsByUrgency").toString())
        .isEqualTo("{\"ROUTINE\":1,\"URGENT\":2,\"EMERGENCY\":1}");
    assertThat(network.get("referralsAnswered").asLong()).isEqualTo(3);
    // 1 h, 2 h, 10 h: the median is 2 h; the 90th percentile 2 h + 0.8 × 8 h = 8 h 24 min.
    assertThat(network.get("medianTimeToAnswer").asText()).isEqualTo("PT2H");
    assertThat(network.get("p90TimeToAnswer").asText()).isEqualTo("PT8H24M");
    assertThat(network.get("escalatedReferrals").asLong()).isEqualTo(1);
    assertThat(network.get("deliveriesAcknowledged").asLong()).isEqualTo(1);
    assertThat(network.get("deliveriesPending").asLong()).isEqualTo(2);
    assertThat(network.get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":2,\"PROSECUTORS\":1,\"OTHER\":0}");
  }

  @Test
  void groupedByAgency_eachAgencyCountsWhatItReceivesAndTrains_evenWithNothing() {
    JsonNode answer = overview("?groupBy=AGENCY", auditor).body();
    assertThat(answer.get("groupBy").asText()).isEqualTo("AGENCY");
    assertThat(overview("", auditor).body().get("groups")).isEqualTo(answer.get("groups"));
    List<JsonNode> groups = groups(answer);
    assertThat(groups)
        .extracting(group -> group.get("agencyId").asText())
        .containsExactly(
            "dif-benito-juarez", "dif-merida", "fiscalia-quintana-roo", "segob", "unodc-mexico");

    JsonNode difBj = groups.get(0);
    assertThat(difBj.get("agencyName").asText()).isEqualTo("DIF Benito Juárez");
    assertThat(difBj.get("acronym").asText()).isEqualTo("DIF BJ");
    assertThat(difBj.get("state").asText()).isEqualTo("Quintana Roo");
    JsonNode bj = difBj.get("figures");
    assertThat(bj.at("/referralsByState/ACCEPTED").asLong()).isEqualTo(1);
    assertThat(bj.at("/referralsByState/DECLINED").asLong()).isEqualTo(1);
    assertThat(bj.at("/referralsByUrgency/URGENT").asLong()).isEqualTo(1);
    assertThat(bj.at("/referralsByUrgency/ROUTINE").asLong()).isEqualTo(1);
    assertThat(bj.get("medianTimeToAnswer").asText()).isEqualTo("PT1H30M");
    assertThat(bj.get("p90TimeToAnswer").asText()).isEqualTo("PT1H54M");
    assertThat(bj.get("escalatedReferrals").asLong()).isZero();
    assertThat(bj.get("deliveriesAcknowledged").asLong()).isEqualTo(1);
    assertThat(bj.get("deliveriesPending").asLong()).isEqualTo(1);

    JsonNode merida = groups.get(1).get("figures");
    assertThat(merida.at("/referralsByState/ACCEPTED").asLong()).isEqualTo(1);
    assertThat(merida.at("/referralsByState/AWAITING_ANSWER").asLong()).isEqualTo(1);
    assertThat(merida.get("referralsAnswered").asLong()).isEqualTo(1);
    assertThat(merida.get("medianTimeToAnswer").asText()).isEqualTo("PT10H");
    assertThat(merida.get("p90TimeToAnswer").asText()).isEqualTo("PT10H");
    assertThat(merida.get("escalatedReferrals").asLong()).isEqualTo(1);
    assertThat(merida.get("deliveriesAcknowledged").asLong()).isZero();
    assertThat(merida.get("deliveriesPending").asLong()).isEqualTo(1);

    JsonNode fiscalia = groups.get(2).get("figures");
    assertThat(fiscalia.get("referralsAnswered").asLong()).isZero();
    assertThat(fiscalia.get("medianTimeToAnswer").isNull()).isTrue();
    assertThat(fiscalia.get("p90TimeToAnswer").isNull()).isTrue();
    assertThat(fiscalia.get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":0,\"PROSECUTORS\":1,\"OTHER\":0}");

    JsonNode segob = groups.get(3);
    assertThat(segob.get("state").isNull()).isTrue();
    assertThat(segob.at("/figures/referralsByUrgency").toString())
        .isEqualTo("{\"ROUTINE\":0,\"URGENT\":0,\"EMERGENCY\":0}");

    JsonNode unodc = groups.get(4).get("figures");
    assertThat(unodc.get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":2,\"PROSECUTORS\":0,\"OTHER\":0}");
    assertThat(unodc.get("deliveriesPending").asLong()).isZero();
  }

  @Test
  void groupedByState_agenciesCountForTheirState_andThoseWithoutOneShareTheNullGroup() {
    JsonNode answer = overview("?groupBy=STATE", auditor).body();
    assertThat(answer.get("groupBy").asText()).isEqualTo("STATE");
    List<JsonNode> groups = groups(answer);
    assertThat(groups)
        .extracting(group -> group.get("state").isNull() ? null : group.get("state").asText())
        .containsExactly("Quintana Roo", "Yucatán", null);
    assertThat(groups).allSatisfy(group -> assertThat(group.get("agencyId").isNull()).isTrue());

    JsonNode quintanaRoo = groups.get(0).get("figures");
    assertThat(quintanaRoo.get("referralsAnswered").asLong()).isEqualTo(2);
    assertThat(quintanaRoo.get("medianTimeToAnswer").asText()).isEqualTo("PT1H30M");
    assertThat(quintanaRoo.get("deliveriesAcknowledged").asLong()).isEqualTo(1);
    assertThat(quintanaRoo.get("deliveriesPending").asLong()).isEqualTo(1);
    assertThat(quintanaRoo.get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":0,\"PROSECUTORS\":1,\"OTHER\":0}");

    JsonNode yucatan = groups.get(1).get("figures");
    assertThat(yucatan.get("referralsByState").toString())
        .isEqualTo(
            "{\"AWAITING_ANSWER\":1,\"ACCEPTED\":1,\"DECLINED\":0,\"WITHDRAWN\":0,\"CLOSED\":0}");
    assertThat(yucatan.get("p90TimeToAnswer").asText()).isEqualTo("PT10H");
    assertThat(yucatan.get("escalatedReferrals").asLong()).isEqualTo(1);

    JsonNode noState = groups.get(2).get("figures");
    assertThat(noState.get("referralsAnswered").asLong()).isZero();
    assertThat(noState.get("deliveriesPending").asLong()).isZero();
    assertThat(noState.get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":2,\"PROSECUTORS\":0,\"OTHER\":0}");
  }

  @Test
  void auditorsAndReviewersRead_staffAndAdministratorsGet403_noTokenIs401_badGroupByIs400() {
    assertThat(overview("", auditor).status()).isEqualTo(200);
    assertThat(overview("", reviewer).status()).isEqualTo(200);
    for (String refused :
        List.of(
            DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF"),
            DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN"))) {
      Answer answer = overview("", refused);
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.body().get("code").asText()).isEqualTo("FORBIDDEN");
    }
    assertThat(overview("", null).status()).isEqualTo(401);
    for (String malformed :
        List.of("?groupBy=SHELTER", "?groupBy=agency", "?groupBy=AGENCY,STATE")) {
      Answer answer = api.get("/commission/overview" + malformed, auditor, "en");
      assertThat(answer.status()).as(malformed).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("code").asText()).isEqualTo("INVALID_PARAMETER");
    }
  }

  /** Issues a referral to {@code receiver} and answers it {@code after} its issue. */
  private static void answered(
      NetworkEventLog log,
      AgencyId receiver,
      Urgency urgency,
      Duration after,
      boolean accept,
      boolean escalate) {
    ReferralIssuedEvent issue =
        issued(new ReferralId(UUID.randomUUID()), FISCALIA, receiver, urgency);
    log.append(issue, byStaffOf(FISCALIA), ISSUED);
    Instant answeredAt = ISSUED.plus(after);
    if (escalate) {
      Instant limit = answeredAt.minus(Duration.ofHours(1));
      log.append(escalated(issue, limit), Map.of(), limit);
    }
    log.append(
        accept
            ? new ReferralAcceptedEvent(issue.referralId())
            : new ReferralDeclinedEvent(issue.referralId(), DeclineReason.NO_CAPACITY),
        byStaffOf(receiver),
        answeredAt);
  }

  /** The same issue, recorded as made to a receiving shelter with no free place. */
  private static ReferralIssuedEvent toAFullShelter(ReferralIssuedEvent issue) {
    return new ReferralIssuedEvent(
        issue.referralId(),
        issue.caseReference(),
        issue.issuingAgency(),
        issue.receivingAgency(),
        new mx.bitacora.events.common.ShelterId("albergue-merida"),
        issue.service(),
        issue.urgency(),
        issue.consent(),
        issue.victimDetails(),
        issue.onwardFrom(),
        issue.caseIssuingAgency(),
        issue.issuedAt(),
        true);
  }

  private static List<JsonNode> groups(JsonNode answer) {
    List<JsonNode> groups = new ArrayList<>();
    answer.get("groups").forEach(groups::add);
    return groups;
  }
}
