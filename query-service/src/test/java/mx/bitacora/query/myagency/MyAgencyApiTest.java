package mx.bitacora.query.myagency;

import static mx.bitacora.query.testing.NetworkFacts.acknowledged;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static mx.bitacora.query.testing.NetworkFacts.planned;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.ExportDescriptions;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryApi.TextAnswer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The my-agency view of DIF Benito Juárez over a known history that happened (business time) and
 * was recorded across October and November 2022 (the delivery it gives and its own session dated in
 * November, the rest in October): two referrals received (answered in 1 h and 3 h, one issued at
 * 23:30 UTC on 31 October), one issued, a delivery received with a discrepancy and one given, a
 * session it trains, its staff trained in UNODC's session (one completion voided, another agency's
 * participant left out), and a receipt correction by its staff; other agencies' records beside
 * them.
 */
@OwnContext
class MyAgencyApiTest extends ApiTest {

  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId DIF_MERIDA = new AgencyId("dif-merida");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  private static final ShelterId ALBERGUE_MERIDA = new ShelterId("albergue-merida");

  private static final ReferralId ACCEPTED = new ReferralId(UUID.randomUUID());
  private static final ReferralId DECLINED = new ReferralId(UUID.randomUUID());
  private static final ReferralId ISSUED = new ReferralId(UUID.randomUUID());
  private static final ReferralId OTHERS = new ReferralId(UUID.randomUUID());
  private static final DeliveryId RECEIVED = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId GIVEN = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId NOT_OURS = new DeliveryId(UUID.randomUUID());
  private static final TrainingSessionId UNODC_SESSION = new TrainingSessionId(UUID.randomUUID());
  private static final TrainingSessionId OWN_SESSION = new TrainingSessionId(UUID.randomUUID());

  private final String difStaff = DevTokens.mint("staff-1", DIF_BJ.value(), "AGENCY_STAFF");
  private final String unodcStaff = DevTokens.mint("staff-2", UNODC.value(), "AGENCY_STAFF");
  private final List<String> caseReferences = new ArrayList<>();
  private String correctionId;
  private String voidingId;

  @BeforeAll
  void recordTheHistory() {

    // Referrals: two received (accepted after 1 h; declined after 3 h), one issued, one between
    // two other agencies.
    ReferralIssuedEvent accepted = issued(ACCEPTED, FISCALIA, DIF_BJ);
    log.append(accepted, byStaffOf(FISCALIA), at("2022-10-20T15:00:00Z"));
    log.append(new ReferralAcceptedEvent(ACCEPTED), byStaffOf(DIF_BJ), at("2022-10-20T16:00:00Z"));
    ReferralIssuedEvent declined = issued(DECLINED, FISCALIA, DIF_BJ);
    log.append(declined, byStaffOf(FISCALIA), at("2022-10-31T23:30:00Z"));
    log.append(
        new ReferralDeclinedEvent(DECLINED, DeclineReason.NO_CAPACITY),
        byStaffOf(DIF_BJ),
        at("2022-11-01T02:30:00Z"));
    ReferralIssuedEvent issuedByDif = issued(ISSUED, DIF_BJ, DIF_MERIDA);
    log.append(issuedByDif, byStaffOf(DIF_BJ), at("2022-11-05T12:00:00Z"));
    ReferralIssuedEvent others = issued(OTHERS, FISCALIA, DIF_MERIDA);
    log.append(others, byStaffOf(FISCALIA), at("2022-11-06T12:00:00Z"));
    for (ReferralIssuedEvent referral : List.of(accepted, declined, issuedByDif, others)) {
      caseReferences.add(referral.caseReference().value());
    }

    // Deliveries: INL funds 50 kits to DIF's CAT (45 arrive; DIF's staff corrects it to 48); DIF
    // funds and delivers to DIF Mérida; INL to DIF Mérida is neither's business here.
    log.append(
        planned(RECEIVED, null, INL, UNODC, CAT_CANCUN, DIF_BJ, 50),
        byStaffOf(UNODC),
        at("2022-10-21T12:00:00Z"));
    String receipt =
        log.append(
            acknowledged(RECEIVED, DIF_BJ, 50, 5), byStaffOf(DIF_BJ), at("2022-10-21T18:00:00Z"));
    correctionId =
        log.append(
            new DeliveryFactCorrectedEvent(
                RECEIVED,
                new CorrectedFact(receipt, 1),
                DeliveryFactKind.RECEIPT,
                "Recuento",
                NetworkFacts.OCTOBER_21_2022,
                null,
                List.of(new ItemDiscrepancy(1, new BigDecimal("48"), "Recuento"))),
            byStaffOf(DIF_BJ),
            at("2022-10-23T10:00:00Z"));
    log.append(
        on(
            planned(GIVEN, null, DIF_BJ, DIF_BJ, ALBERGUE_MERIDA, DIF_MERIDA, 20),
            LocalDate.of(2022, 11, 10)),
        byStaffOf(DIF_BJ),
        at("2022-11-10T09:00:00Z"));
    log.append(
        planned(NOT_OURS, null, INL, UNODC, ALBERGUE_MERIDA, DIF_MERIDA, 30),
        byStaffOf(UNODC),
        at("2022-11-11T09:00:00Z"));

    // Training: UNODC trains two DIF staff and a prosecutor; one DIF completion is voided.
    log.append(scheduled(UNODC_SESSION, null, UNODC), byStaffOf(UNODC), at("2022-10-15T09:00:00Z"));
    log.append(
        enrolled(UNODC_SESSION, "dif-bj-0001", DIF_BJ),
        byStaffOf(UNODC),
        at("2022-10-16T09:00:00Z"));
    log.append(
        enrolled(UNODC_SESSION, "dif-bj-0002", DIF_BJ),
        byStaffOf(UNODC),
        at("2022-10-16T09:01:00Z"));
    log.append(
        enrolled(UNODC_SESSION, "fge-0001", FISCALIA),
        byStaffOf(UNODC),
        at("2022-10-16T09:02:00Z"));
    log.append(
        completed(UNODC_SESSION, "dif-bj-0001"), byStaffOf(UNODC), at("2022-10-22T18:00:00Z"));
    String secondCompletion =
        log.append(
            completed(UNODC_SESSION, "dif-bj-0002"), byStaffOf(UNODC), at("2022-10-22T18:05:00Z"));
    log.append(completed(UNODC_SESSION, "fge-0001"), byStaffOf(UNODC), at("2022-10-22T18:10:00Z"));
    voidingId =
        log.append(
            new TrainingFactVoidedEvent(
                UNODC_SESSION,
                new CorrectedFact(secondCompletion, 5),
                TrainingFactKind.COMPLETION,
                "No concluyó",
                new StaffId("dif-bj-0002")),
            byStaffOf(UNODC),
            at("2022-10-24T10:00:00Z"));
    // DIF schedules a session of its own, nothing completed yet.
    log.append(
        on(scheduled(OWN_SESSION, null, DIF_BJ), LocalDate.of(2022, 11, 1)),
        byStaffOf(DIF_BJ),
        at("2022-11-01T09:00:00Z"));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode totals = myAgency("", difStaff).body().get("totals");
              assertThat(totals.toString())
                  .isEqualTo(
                      "{\"REFERRAL_ISSUED\":1,\"REFERRAL_RECEIVED\":2,\"DELIVERY_GIVEN\":1,"
                          + "\"DELIVERY_RECEIVED\":1,\"TRAINING_GIVEN\":1,\"STAFF_TRAINED\":1,"
                          + "\"CORRECTION_MADE\":1}");
              assertThat(
                      myAgency("", difStaff)
                          .body()
                          .at("/byState/REFERRAL_RECEIVED/DECLINED")
                          .asLong())
                  .isEqualTo(1);
              assertThat(
                      myAgency("", difStaff)
                          .body()
                          .at("/deliveriesWithDiscrepancies/DELIVERY_RECEIVED")
                          .asLong())
                  .isEqualTo(1);
              assertThat(myAgency("", unodcStaff).body().at("/totals/CORRECTION_MADE").asLong())
                  .isEqualTo(1);
              assertThat(myAgency("", unodcStaff).body().at("/totals/DELIVERY_GIVEN").asLong())
                  .isEqualTo(2);
            });
  }

  @Test
  void theSummary_countsEachKindPerStateAndPerUtcMonth_withTheMedianTimeToAnswer() {
    JsonNode summary = myAgency("", difStaff).body();

    assertThat(summary.get("agencyId").asText()).isEqualTo("dif-benito-juarez");
    assertThat(summary.get("byState").get("REFERRAL_RECEIVED").toString())
        .isEqualTo(
            "{\"AWAITING_ANSWER\":0,\"ACCEPTED\":1,\"DECLINED\":1,\"WITHDRAWN\":0,\"CLOSED\":0}");
    assertThat(summary.at("/byState/REFERRAL_ISSUED/AWAITING_ANSWER").asLong()).isEqualTo(1);
    assertThat(summary.get("byState").get("DELIVERY_RECEIVED").toString())
        .isEqualTo("{\"PLANNED\":0,\"DISPATCHED\":0,\"ACKNOWLEDGED\":1,\"VOIDED\":0}");
    assertThat(summary.at("/byState/DELIVERY_GIVEN/PLANNED").asLong()).isEqualTo(1);
    assertThat(summary.get("byState").get("TRAINING_GIVEN").toString())
        .isEqualTo("{\"SCHEDULED\":1,\"COMPLETED\":0,\"CANCELLED\":0}");
    assertThat(summary.get("byState").get("STAFF_TRAINED").toString())
        .isEqualTo("{\"COMPLETED\":1}");
    assertThat(summary.get("byState").get("CORRECTION_MADE").toString())
        .isEqualTo("{\"DeliveryFactCorrectedEvent\":1}");
    // Answered in 1 h and 3 h: the median is 2 h; the referral it issued is unanswered.
    assertThat(summary.at("/timeToAnswer/REFERRAL_RECEIVED/answered").asLong()).isEqualTo(2);
    assertThat(summary.at("/timeToAnswer/REFERRAL_RECEIVED/median").asText()).isEqualTo("PT2H");
    assertThat(summary.at("/timeToAnswer/REFERRAL_ISSUED/answered").asLong()).isZero();
    assertThat(summary.at("/timeToAnswer/REFERRAL_ISSUED/median").isNull()).isTrue();
    assertThat(summary.at("/deliveriesWithDiscrepancies/DELIVERY_GIVEN").asLong()).isZero();

    // The declined referral was issued at 23:30 UTC on 31 October: October, in UTC.
    JsonNode months = summary.get("byMonth");
    assertThat(months).hasSize(2);
    assertThat(months.get(0).get("month").asText()).isEqualTo("2022-10");
    assertThat(months.get(0).get("counts").toString())
        .isEqualTo(
            "{\"REFERRAL_ISSUED\":0,\"REFERRAL_RECEIVED\":2,\"DELIVERY_GIVEN\":0,"
                + "\"DELIVERY_RECEIVED\":1,\"TRAINING_GIVEN\":0,\"STAFF_TRAINED\":1,"
                + "\"CORRECTION_MADE\":1}");
    assertThat(months.get(1).get("month").asText()).isEqualTo("2022-11");
    assertThat(months.get(1).get("counts").toString())
        .isEqualTo(
            "{\"REFERRAL_ISSUED\":1,\"REFERRAL_RECEIVED\":0,\"DELIVERY_GIVEN\":1,"
                + "\"DELIVERY_RECEIVED\":0,\"TRAINING_GIVEN\":1,\"STAFF_TRAINED\":0,"
                + "\"CORRECTION_MADE\":0}");
  }

  @Test
  void theSummaryForAPeriod_exportsAsCsv_oneRowPerFigure_asTheViewAnswersIt() {
    String period = "?from=2022-11-01T00:00:00Z&to=2022-12-01T00:00:00Z";
    JsonNode november = myAgency(period, difStaff).body();
    TextAnswer export = api.getText("/my-agency/export.csv" + period, difStaff);

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    List<String> lines = export.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("cifra,descripción,valor");
    assertThat(lines)
        .contains("agencyId,Dependencia (id),dif-benito-juarez")
        .contains("from,Desde,2022-11-01T00:00:00Z")
        .contains(
            "totals.REFERRAL_ISSUED,Totales · Canalizaciones emitidas,"
                + november.at("/totals/REFERRAL_ISSUED").asText(),
            "totals.DELIVERY_GIVEN,Totales · Entregas dadas,"
                + november.at("/totals/DELIVERY_GIVEN").asText(),
            "byMonth[0].month,Por mes 1 · Mes," + november.at("/byMonth/0/month").asText());
    ExportDescriptions.assertEveryFigureWorded(lines);
    List<String> english =
        api.getText("/my-agency/export.csv" + period, difStaff, "en").body().lines().toList();
    assertThat(english.get(0)).isEqualTo("figure,description,value");
    assertThat(english)
        .contains(
            "totals.DELIVERY_GIVEN,Totals · Deliveries given,"
                + november.at("/totals/DELIVERY_GIVEN").asText());
    ExportDescriptions.assertEveryFigureWorded(english);
    assertThat(export.body()).endsWith("\r\n");
    assertThat(
            api.getText(
                    "/my-agency/export.csv?from=2022-12-01T00:00:00Z&to=2022-11-01T00:00:00Z",
                    difStaff)
                .status())
        .isEqualTo(400);
  }

  @Test
  void aPeriod_countsOnlyWhatWasRecordedWithinIt() {
    JsonNode november =
        myAgency("?from=2022-11-01T00:00:00Z&to=2022-12-01T00:00:00Z", difStaff).body();

    assertThat(november.get("from").asText()).isEqualTo("2022-11-01T00:00:00Z");
    assertThat(november.get("totals").toString())
        .isEqualTo(
            "{\"REFERRAL_ISSUED\":1,\"REFERRAL_RECEIVED\":0,\"DELIVERY_GIVEN\":1,"
                + "\"DELIVERY_RECEIVED\":0,\"TRAINING_GIVEN\":1,\"STAFF_TRAINED\":0,"
                + "\"CORRECTION_MADE\":0}");
    assertThat(november.get("byMonth")).hasSize(1);
  }

  @Test
  void theActivity_isNewestFirst_paged_withEachKindsFacts() {
    JsonNode first = activity("?size=3", difStaff).body();

    assertThat(first.get("totalElements").asLong()).isEqualTo(8);
    assertThat(first.get("totalPages").asInt()).isEqualTo(3);
    assertThat(first.get("order").asText()).isEqualTo("NEWEST_FIRST");
    assertThat(ids(first))
        .containsExactly(GIVEN.toString(), ISSUED.toString(), OWN_SESSION.toString());
    JsonNode given = first.get("items").get(0);
    assertThat(given.get("kind").asText()).isEqualTo("DELIVERY_GIVEN");
    assertThat(given.get("state").asText()).isEqualTo("PLANNED");
    assertThat(given.get("counterpartAgency").asText()).isEqualTo("dif-merida");
    assertThat(given.get("shelterId").asText()).isEqualTo("albergue-merida");
    assertThat(given.get("month").asText()).isEqualTo("2022-11");
    assertThat(given.get("discrepancyLines").isNull()).isTrue();

    JsonNode all = activity("?size=100", difStaff).body();
    assertThat(ids(all))
        .containsExactly(
            GIVEN.toString(),
            ISSUED.toString(),
            OWN_SESSION.toString(),
            DECLINED.toString(),
            correctionId,
            UNODC_SESSION.toString(),
            RECEIVED.toString(),
            ACCEPTED.toString());
    JsonNode correction = all.get("items").get(4);
    assertThat(correction.get("kind").asText()).isEqualTo("CORRECTION_MADE");
    assertThat(correction.get("state").asText()).isEqualTo("DeliveryFactCorrectedEvent");
    assertThat(correction.get("correctedEventType").asText())
        .isEqualTo("DeliveryReceiptAcknowledgedEvent");
    assertThat(correction.get("correctedId").asText()).isEqualTo(RECEIVED.toString());
    JsonNode trained = all.get("items").get(5);
    assertThat(trained.get("kind").asText()).isEqualTo("STAFF_TRAINED");
    assertThat(trained.get("recordedAt").asText()).isEqualTo("2022-10-22T18:00:00Z");
    assertThat(trained.get("counterpartAgency").asText()).isEqualTo("unodc-mexico");
    JsonNode received = all.get("items").get(6);
    assertThat(received.get("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(received.get("discrepancyLines").asInt()).isEqualTo(1);
    assertThat(received.get("counterpartAgency").asText()).isEqualTo("inl");
  }

  @Test
  void theActivity_isFilteredByKindAndPeriod_andSortedOldestFirstOnRequest() {
    JsonNode received = activity("?kind=REFERRAL_RECEIVED", difStaff).body();
    assertThat(received.get("kind").asText()).isEqualTo("REFERRAL_RECEIVED");
    assertThat(ids(received)).containsExactly(DECLINED.toString(), ACCEPTED.toString());
    assertThat(received.get("items").get(0).get("timeToAnswer").asText()).isEqualTo("PT3H");
    assertThat(received.get("items").get(0).get("state").asText()).isEqualTo("DECLINED");
    assertThat(received.get("items").get(1).get("timeToAnswer").asText()).isEqualTo("PT1H");
    assertThat(received.get("items").get(1).get("counterpartAgency").asText())
        .isEqualTo("fiscalia-quintana-roo");

    JsonNode november = activity("?from=2022-11-01T00:00:00Z&order=OLDEST_FIRST", difStaff).body();
    assertThat(ids(november))
        .containsExactly(OWN_SESSION.toString(), ISSUED.toString(), GIVEN.toString());
    assertThat(activity("?to=2022-10-21T00:00:00Z", difStaff).body().get("totalElements").asLong())
        .isEqualTo(1);
  }

  @Test
  void anotherAgency_seesItsOwnActivity_aTrainerItsCompletedSessionAndItsVoiding() {
    JsonNode unodc = activity("?size=100", unodcStaff).body();

    assertThat(unodc.get("agencyId").asText()).isEqualTo("unodc-mexico");
    // Newest business time first: the voiding (24 October), then what happened on 21 October,
    // the latest recorded first (the delivery to Mérida, recorded in November, is recorded late).
    assertThat(ids(unodc))
        .containsExactly(
            voidingId, NOT_OURS.toString(), RECEIVED.toString(), UNODC_SESSION.toString());
    assertThat(unodc.get("items").get(1).get("recordedLate").asBoolean()).isTrue();
    assertThat(unodc.get("items").get(2).get("recordedLate").asBoolean()).isFalse();
    assertThat(unodc.get("items").get(0).get("correctedEventType").asText())
        .isEqualTo("TrainingCompletedEvent");
    assertThat(unodc.get("items").get(0).get("correctedId").asText())
        .isEqualTo(UNODC_SESSION.toString());
    assertThat(unodc.get("items").get(3).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void noAnswer_holdsACaseReference_orAStaffId() {
    for (String body :
        List.of(
            myAgency("", difStaff).body().toString(),
            activity("?size=100", difStaff).body().toString())) {
      for (String caseReference : caseReferences) {
        assertThat(body).doesNotContain(caseReference);
      }
      assertThat(body).doesNotContain("dif-bj-0001").doesNotContain(OTHERS.toString());
    }
  }

  @Test
  void onlyAgencyStaff_read_othersAre403_andNoToken401() {
    for (String role : List.of("COMMISSION_AUDITOR", "COMPLIANCE_REVIEWER", "PLATFORM_ADMIN")) {
      String token = DevTokens.mint("someone", "segob", role);
      assertProblem(myAgency("", token), 403, "FORBIDDEN");
      assertProblem(activity("", token), 403, "FORBIDDEN");
    }
    assertThat(myAgency("", null).status()).isEqualTo(401);
    assertThat(activity("", null).status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/my-agency/activity?kind=LOST",
        "/my-agency/activity?order=SIDEWAYS",
        "/my-agency/activity?page=-1",
        "/my-agency/activity?size=0",
        "/my-agency/activity?size=101",
        "/my-agency/activity?from=2022-11-01",
        "/my-agency/activity?from=2022-12-01T00:00:00Z&to=2022-11-01T00:00:00Z",
        "/my-agency?from=yesterday",
        "/my-agency?from=2022-12-01T00:00:00Z&to=2022-11-01T00:00:00Z"
      })
  void malformedParameters_are400InvalidParameter(String request) {
    assertProblem(api.get(request, difStaff), 400, "INVALID_PARAMETER");
  }

  @Test
  void problems_areInEnglish_whenTheCallerAsksForEnglish() {
    Answer english = api.get("/my-agency/activity?kind=LOST", difStaff, "en");
    Answer spanish = api.get("/my-agency/activity?kind=LOST", difStaff, "es-MX");
    assertThat(english.body().get("title").asText())
        .isNotEqualTo(spanish.body().get("title").asText());
  }

  private Answer myAgency(String query, String token) {
    return api.get("/my-agency" + query, token);
  }

  private Answer activity(String query, String token) {
    return api.get("/my-agency/activity" + query, token);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  /** The planned delivery, happening on {@code date} (its business date). */
  private static DeliveryPlannedEvent on(DeliveryPlannedEvent planned, LocalDate date) {
    return new DeliveryPlannedEvent(
        planned.deliveryId(),
        planned.projectId(),
        planned.fundingAgency(),
        planned.deliveringAgencies(),
        planned.receivingShelter(),
        planned.receivingAgency(),
        date,
        planned.items(),
        planned.witnesses());
  }

  /** The session, held on {@code date} (its business date). */
  private static TrainingSessionScheduledEvent on(
      TrainingSessionScheduledEvent scheduled, LocalDate date) {
    return new TrainingSessionScheduledEvent(
        scheduled.trainingSessionId(),
        scheduled.projectId(),
        scheduled.topic(),
        scheduled.trainerAgency(),
        scheduled.audience(),
        scheduled.hours(),
        date,
        scheduled.place(),
        scheduled.capacity(),
        null);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
