package mx.bitacora.query.shelters;

import static mx.bitacora.query.shelters.TestShelters.acknowledged;
import static mx.bitacora.query.shelters.TestShelters.byStaffOf;
import static mx.bitacora.query.shelters.TestShelters.completed;
import static mx.bitacora.query.shelters.TestShelters.enrolled;
import static mx.bitacora.query.shelters.TestShelters.issued;
import static mx.bitacora.query.shelters.TestShelters.item;
import static mx.bitacora.query.shelters.TestShelters.newAgency;
import static mx.bitacora.query.shelters.TestShelters.newDelivery;
import static mx.bitacora.query.shelters.TestShelters.newReferral;
import static mx.bitacora.query.shelters.TestShelters.newSession;
import static mx.bitacora.query.shelters.TestShelters.newShelter;
import static mx.bitacora.query.shelters.TestShelters.planned;
import static mx.bitacora.query.shelters.TestShelters.registered;
import static mx.bitacora.query.shelters.TestShelters.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.NetworkEventLog;
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

/**
 * The shelter view over a known history: exact materials per item and month (a discrepancy, a
 * receipt correction, a voided receipt, a voided delivery, one still on its way, another
 * shelter's), trained staff of the operator (enrolled elsewhere, voided, cancelled, only attended,
 * twice), referrals per state; who may read it; malformed requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShelterApiTest extends QueryServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLCHON = "Colchón individual";
  private static final String KIT = "Kit de higiene personal";
  private static final String ROPA = "Juego de ropa de cama";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  private final AgencyId dif = newAgency("dif");
  private final AgencyId otherDif = newAgency("dif-merida");
  private final ShelterId cat = newShelter("cat");
  private final ShelterId otherShelter = newShelter("albergue");
  private final DeliveryId october = newDelivery();
  private final DeliveryId november = newDelivery();

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private final String operatorStaff = DevTokens.mint("dif-staff-7", dif.value(), "AGENCY_STAFF");
  private final String otherStaff =
      DevTokens.mint("merida-staff-1", otherDif.value(), "AGENCY_STAFF");
  private final String delivererStaff =
      DevTokens.mint("unodc-staff-1", TestShelters.UNODC.value(), "AGENCY_STAFF");

  private NetworkEventLog log;
  private QueryApi api;
  private long lastPosition;

  @BeforeAll
  void recordAKnownHistory() {
    log = new NetworkEventLog(eventStore);
    api = new QueryApi(port);
    log.append(registered(cat, dif, 24), byStaffOf(dif));
    log.append(new ShelterCapacityChangedEvent(cat, 24, 30), byStaffOf(dif));
    log.append(registered(otherShelter, otherDif, 40), byStaffOf(otherDif));
    recordDeliveries();
    recordTraining();
    recordReferrals();
    lastPosition =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
    await().atMost(LAG).untilAsserted(() -> assertThat(view("").status()).isEqualTo(200));
  }

  /**
   * October: 20 mattresses, 48 of 50 kits. November, corrected to 1 December: 30 kits, 19.5 of 20
   * bedding sets. Not counted: a voided receipt, a voided delivery, one dispatched only, and a
   * delivery to another shelter.
   */
  private void recordDeliveries() {
    log.append(
        planned(
            october,
            cat,
            dif,
            LocalDate.of(2022, 10, 21),
            item(1, COLCHON, "20", "pieza"),
            item(2, KIT, "50", "kit")),
        byStaffOf(TestShelters.UNODC));
    log.append(new DeliveryDispatchedEvent(october, LocalDate.of(2022, 10, 21)), byStaffOf(dif));
    log.append(
        acknowledged(
            october,
            dif,
            LocalDate.of(2022, 10, 21),
            new ItemDiscrepancy(2, new BigDecimal("48"), "Dos kits llegaron dañados")),
        byStaffOf(dif));

    log.append(
        planned(
            november,
            cat,
            dif,
            LocalDate.of(2022, 11, 3),
            item(1, KIT, "30", "kit"),
            item(2, ROPA, "20", "juego")),
        byStaffOf(TestShelters.UNODC));
    String receipt =
        log.append(acknowledged(november, dif, LocalDate.of(2022, 11, 5)), byStaffOf(dif)); // 1
    log.append(
        new DeliveryFactCorrectedEvent(
            november,
            new CorrectedFact(receipt, 1),
            DeliveryFactKind.RECEIPT,
            "Se recibió el 1 de diciembre; faltó media pieza de ropa de cama",
            LocalDate.of(2022, 12, 1),
            null,
            List.of(new ItemDiscrepancy(2, new BigDecimal("19.5"), "Un juego incompleto"))),
        byStaffOf(dif));

    DeliveryId voidedReceipt = newDelivery();
    log.append(
        planned(voidedReceipt, cat, dif, LocalDate.of(2022, 11, 10), item(1, KIT, "10", "kit")),
        byStaffOf(TestShelters.UNODC));
    String wrongReceipt =
        log.append(acknowledged(voidedReceipt, dif, LocalDate.of(2022, 11, 10)), byStaffOf(dif));
    log.append(
        new DeliveryFactVoidedEvent(
            voidedReceipt,
            new CorrectedFact(wrongReceipt, 1),
            DeliveryFactKind.RECEIPT,
            "Aún no llegaba"),
        byStaffOf(dif));

    DeliveryId voided = newDelivery();
    log.append(
        planned(voided, cat, dif, LocalDate.of(2022, 11, 15), item(1, COLCHON, "5", "pieza")),
        byStaffOf(TestShelters.UNODC));
    log.append(acknowledged(voided, dif, LocalDate.of(2022, 11, 15)), byStaffOf(dif));
    log.append(new DeliveryVoidedEvent(voided, "Registrada dos veces"), byStaffOf(dif));

    DeliveryId onItsWay = newDelivery();
    log.append(
        planned(onItsWay, cat, dif, LocalDate.of(2022, 12, 20), item(1, COLCHON, "100", "pieza")),
        byStaffOf(TestShelters.UNODC));
    log.append(new DeliveryDispatchedEvent(onItsWay, LocalDate.of(2022, 12, 20)), byStaffOf(dif));

    DeliveryId elsewhere = newDelivery();
    log.append(
        planned(
            elsewhere,
            otherShelter,
            otherDif,
            LocalDate.of(2022, 10, 21),
            item(1, KIT, "7", "kit")),
        byStaffOf(TestShelters.UNODC));
    log.append(acknowledged(elsewhere, otherDif, LocalDate.of(2022, 10, 21)), byStaffOf(otherDif));
  }

  /** Trained: dif-0001 (twice) and dif-0002. Not: fiscalía staff, voided, cancelled, attended. */
  private void recordTraining() {
    TrainingSessionId first = newSession();
    log.append(scheduled(first), byStaffOf(TestShelters.UNODC));
    log.append(enrolled(first, "dif-0001", dif), byStaffOf(TestShelters.UNODC));
    log.append(enrolled(first, "dif-0002", dif), byStaffOf(TestShelters.UNODC));
    log.append(enrolled(first, "fge-0001", TestShelters.FISCALIA), byStaffOf(TestShelters.UNODC));
    log.append(completed(first, "dif-0001"), byStaffOf(TestShelters.UNODC));
    log.append(completed(first, "dif-0002"), byStaffOf(TestShelters.UNODC));
    log.append(completed(first, "fge-0001"), byStaffOf(TestShelters.UNODC));

    TrainingSessionId second = newSession();
    log.append(scheduled(second), byStaffOf(TestShelters.UNODC)); // 0
    log.append(enrolled(second, "dif-0001", dif), byStaffOf(TestShelters.UNODC)); // 1
    log.append(enrolled(second, "dif-0003", dif), byStaffOf(TestShelters.UNODC)); // 2
    log.append(completed(second, "dif-0001"), byStaffOf(TestShelters.UNODC)); // 3
    String wrong = log.append(completed(second, "dif-0003"), byStaffOf(TestShelters.UNODC)); // 4
    log.append(
        new TrainingFactVoidedEvent(
            second,
            new CorrectedFact(wrong, 4),
            TrainingFactKind.COMPLETION,
            "No concluyó",
            new StaffId("dif-0003")),
        byStaffOf(TestShelters.UNODC));

    TrainingSessionId cancelled = newSession();
    log.append(scheduled(cancelled), byStaffOf(TestShelters.UNODC));
    log.append(enrolled(cancelled, "dif-0004", dif), byStaffOf(TestShelters.UNODC));
    log.append(completed(cancelled, "dif-0004"), byStaffOf(TestShelters.UNODC));
    log.append(
        new TrainingSessionCancelledEvent(cancelled, "Sede no disponible"),
        byStaffOf(TestShelters.UNODC));

    TrainingSessionId attendedOnly = newSession();
    log.append(scheduled(attendedOnly), byStaffOf(TestShelters.UNODC));
    log.append(enrolled(attendedOnly, "dif-0005", dif), byStaffOf(TestShelters.UNODC));
    log.append(
        new AttendanceRecordedEvent(attendedOnly, new StaffId("dif-0005")),
        byStaffOf(TestShelters.UNODC));
  }

  /** Two awaiting an answer, one each accepted, declined, withdrawn, closed; one elsewhere. */
  private void recordReferrals() {
    for (int i = 0; i < 2; i++) {
      log.append(issued(newReferral(), cat, dif), byStaffOf(TestShelters.FISCALIA));
    }
    ReferralId accepted = referralTo(cat);
    log.append(new ReferralAcceptedEvent(accepted), byStaffOf(dif));
    ReferralId declined = referralTo(cat);
    log.append(new ReferralDeclinedEvent(declined, DeclineReason.NO_CAPACITY), byStaffOf(dif));
    ReferralId withdrawn = referralTo(cat);
    log.append(new ReferralWithdrawnEvent(withdrawn), byStaffOf(TestShelters.FISCALIA));
    ReferralId closed = referralTo(cat);
    log.append(new ReferralAcceptedEvent(closed), byStaffOf(dif));
    log.append(
        new ReferralClosedEvent(closed, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
        byStaffOf(dif));
    referralTo(otherShelter);
  }

  private ReferralId referralTo(ShelterId shelter) {
    ReferralId referral = newReferral();
    AgencyId operator = shelter.equals(cat) ? dif : otherDif;
    log.append(issued(referral, shelter, operator), byStaffOf(TestShelters.FISCALIA));
    return referral;
  }

  @Test
  void theView_showsTheFactsCapacityMaterialsTrainedStaffAndReferrals_exactly() throws Exception {
    JsonNode view = view("").body();

    assertThat(view.get("shelterId").asText()).isEqualTo(cat.value());
    assertThat(view.get("name").asText()).isEqualTo("CAT Cancún");
    assertThat(view.get("kind").asText()).isEqualTo("CAT");
    assertThat(view.get("operatingAgency").asText()).isEqualTo(dif.value());
    assertThat(view.get("municipality").asText()).isEqualTo("Benito Juárez");
    assertThat(view.get("state").asText()).isEqualTo("Quintana Roo");
    assertThat(view.get("servesMinors").asBoolean()).isTrue();
    assertThat(view.get("capacity").asInt()).isEqualTo(30);
    assertThat(view.get("open").asBoolean()).isTrue();
    assertThat(view.get("closedOn").isNull()).isTrue();
    assertThat(view.get("capacityHistory"))
        .extracting(c -> c.get("previousCapacity").asText() + "→" + c.get("capacity").asInt())
        .containsExactly("null→24", "24→30");
    assertThat(view.has("location")).isFalse();
    assertThat(view.toString()).doesNotContain(TestShelters.SEALED_LOCATION);

    assertThat(view.get("materials"))
        .isEqualTo(
            JSON.readTree(
                """
                {"from": null, "to": null, "deliveries": 2, "items": [
                  {"description": "Colchón individual", "unit": "pieza",
                   "acknowledgedQuantity": 20,
                   "byMonth": [{"month": "2022-10", "acknowledgedQuantity": 20}]},
                  {"description": "Juego de ropa de cama", "unit": "juego",
                   "acknowledgedQuantity": 19.5,
                   "byMonth": [{"month": "2022-12", "acknowledgedQuantity": 19.5}]},
                  {"description": "Kit de higiene personal", "unit": "kit",
                   "acknowledgedQuantity": 78,
                   "byMonth": [{"month": "2022-10", "acknowledgedQuantity": 48},
                               {"month": "2022-12", "acknowledgedQuantity": 30}]}]}
                """));
    assertThat(view.get("trainedStaff").asLong()).isEqualTo(2);
    assertThat(view.get("referralsReceived"))
        .isEqualTo(
            JSON.readTree(
                """
                {"AWAITING_ANSWER": 2, "ACCEPTED": 1, "DECLINED": 1, "WITHDRAWN": 1, "CLOSED": 1}
                """));
    assertThat(view.toString()).doesNotContain("QROO-2022-", "caseReference");
  }

  @Test
  void aReviewer_seesEachSmallReferralCountAsBelowFive_anAuditorTheNumbers() throws Exception {
    assertThat(view("").body().get("referralsReceivedShown"))
        .isEqualTo(
            JSON.readTree(
                """
                {"AWAITING_ANSWER": "2", "ACCEPTED": "1", "DECLINED": "1", "WITHDRAWN": "1",
                 "CLOSED": "1"}
                """));

    JsonNode reviewed =
        api.get("/shelters/" + cat + "?notOlderThan=" + lastPosition, reviewer).body();
    assertThat(reviewed.get("referralsReceived")).as("each withheld, left out").isEmpty();
    assertThat(reviewed.get("referralsReceivedShown"))
        .isEqualTo(
            JSON.readTree(
                """
                {"AWAITING_ANSWER": "<5", "ACCEPTED": "<5", "DECLINED": "<5", "WITHDRAWN": "<5",
                 "CLOSED": "<5"}
                """));
    assertThat(reviewed.get("capacity").asInt()).isEqualTo(30);
  }

  @Test
  void materials_countOnlyReceiptsWithinFromAndTo_bothInclusive() throws Exception {
    JsonNode fromDecember = view("&from=2022-12-01").body().get("materials");
    JsonNode throughOctober = view("&to=2022-10-21").body().get("materials");
    JsonNode november = view("&from=2022-11-01&to=2022-11-30").body().get("materials");

    assertThat(fromDecember.get("from").asText()).isEqualTo("2022-12-01");
    assertThat(fromDecember.get("deliveries").asLong()).isEqualTo(1);
    assertThat(fromDecember.get("items"))
        .extracting(i -> i.get("description").asText() + "=" + i.get("acknowledgedQuantity"))
        .containsExactly(ROPA + "=19.5", KIT + "=30");
    assertThat(throughOctober.get("deliveries").asLong()).isEqualTo(1);
    assertThat(throughOctober.get("items"))
        .extracting(i -> i.get("description").asText() + "=" + i.get("acknowledgedQuantity"))
        .containsExactly(COLCHON + "=20", KIT + "=48");
    assertThat(november.get("deliveries").asLong()).isZero();
    assertThat(november.get("items")).isEmpty();
  }

  @Test
  void theMaterialsList_isNewestReceiptFirst_pagedAndFilteredByItem() {
    JsonNode first = api.get(materials("?size=3"), auditor).body();
    JsonNode second = api.get(materials("?size=3&page=1"), auditor).body();
    JsonNode kits = api.get(materials("?item=" + encoded(KIT)), auditor).body();

    assertThat(first.get("totalElements").asLong()).isEqualTo(4);
    assertThat(first.get("totalPages").asInt()).isEqualTo(2);
    assertThat(first.get("lines"))
        .extracting(l -> l.get("deliveryId").asText() + "/" + l.get("line").asInt())
        .containsExactly(november + "/1", november + "/2", october + "/1");
    assertThat(first.get("lines").get(1).get("receivedOn").asText()).isEqualTo("2022-12-01");
    assertThat(first.get("lines").get(1).get("plannedQuantity").decimalValue())
        .isEqualByComparingTo("20");
    assertThat(first.get("lines").get(1).get("acknowledgedQuantity").decimalValue())
        .isEqualByComparingTo("19.5");
    assertThat(second.get("lines"))
        .extracting(l -> l.get("deliveryId").asText() + "/" + l.get("line").asInt())
        .containsExactly(october + "/2");
    assertThat(second.get("lines").get(0).get("discrepancyNote").asText())
        .isEqualTo("Dos kits llegaron dañados");
    assertThat(kits.get("item").asText()).isEqualTo(KIT);
    assertThat(kits.get("lines"))
        .extracting(l -> l.get("receivedOn").asText() + "=" + l.get("acknowledgedQuantity"))
        .containsExactly("2022-12-01=30", "2022-10-21=48");
  }

  @ParameterizedTest
  @ValueSource(strings = {"auditor", "reviewer", "operator"})
  void theOperatorsStaff_auditorsAndReviewers_readTheView(String who) {
    String token =
        switch (who) {
          case "auditor" -> auditor;
          case "reviewer" -> reviewer;
          default -> operatorStaff;
        };

    assertThat(api.get("/shelters/" + cat, token).status()).isEqualTo(200);
    assertThat(api.get(materials(""), token).status()).isEqualTo(200);
  }

  @Test
  void otherAgenciesStaff_evenTheDeliverers_getNotFound_exactlyAsForAnUnknownShelter() {
    Answer unknown = api.get("/shelters/" + newShelter("cat"), otherStaff);

    for (String staff : List.of(otherStaff, delivererStaff)) {
      Answer notTheirs = api.get("/shelters/" + cat, staff);
      assertThat(notTheirs.status()).isEqualTo(404);
      assertThat(notTheirs.contentType()).startsWith("application/problem+json");
      assertThat(notTheirs.body().get("code").asText()).isEqualTo("SHELTER_NOT_FOUND");
      assertThat(notTheirs.body().get("title").asText()).isEqualTo("Albergue no encontrado");
      assertThat(notTheirs.body().get("title")).isEqualTo(unknown.body().get("title"));
      assertThat(api.get(materials(""), staff).status()).isEqualTo(404);
    }
    assertThat(unknown.status()).isEqualTo(404);
    // The deliverers still read their own deliveries to it.
    assertThat(
            api.get("/shelters/" + cat + "/deliveries", delivererStaff)
                .body()
                .get("totalElements")
                .asLong())
        .isEqualTo(5);
  }

  @Test
  void platformAdministrators_areForbidden_andCallersWithoutAToken_unauthenticated() {
    assertProblem(api.get("/shelters/" + cat, admin), 403, "FORBIDDEN");
    assertProblem(api.get(materials(""), admin), 403, "FORBIDDEN");
    assertProblem(api.get("/shelters/" + newShelter("cat"), admin), 403, "FORBIDDEN");
    assertProblem(api.get("/shelters/" + cat, null), 401, "UNAUTHENTICATED");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/shelters/NO_ES_SLUG",
        "/shelters/{cat}?from=2022-12-01&to=2022-11-30",
        "/shelters/{cat}?from=21-10-2022",
        "/shelters/{cat}/materials?to=ayer",
        "/shelters/{cat}/materials?page=-1",
        "/shelters/{cat}/materials?size=0",
        "/shelters/{cat}/materials?size=101",
        "/shelters/{cat}/materials?item=",
        "/shelters/{cat}/materials?from=2022-12-01&to=2022-11-30"
      })
  void malformedRequests_are400Problems_inSpanish_orEnglishWhenAsked(String path) {
    String request = path.replace("{cat}", cat.value());

    assertProblem(api.get(request, auditor), 400, "INVALID_PARAMETER");
    Answer english = api.get(request, auditor, "en");
    assertProblem(english, 400, "INVALID_PARAMETER");
    assertThat(english.body().get("title").asText()).isEqualTo("Invalid parameter");
    assertThat(api.get(request, auditor).body().get("title").asText())
        .isEqualTo("Parámetro no válido");
  }

  @Test
  void aNotFoundProblem_isInEnglishWhenAsked() {
    Answer english = api.get("/shelters/" + cat, otherStaff, "en");

    assertProblem(english, 404, "SHELTER_NOT_FOUND");
    assertThat(english.body().get("title").asText()).isEqualTo("Shelter not found");
  }

  /** The view as an auditor, once every processor feeding it has processed the whole history. */
  private Answer view(String parameters) {
    return api.get("/shelters/" + cat + "?notOlderThan=" + lastPosition + parameters, auditor);
  }

  private String materials(String parameters) {
    return "/shelters/"
        + cat
        + "/materials"
        + (parameters.isEmpty() ? "?" : parameters + "&")
        + "notOlderThan="
        + lastPosition;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("code").asText()).isEqualTo(code);
  }
}
