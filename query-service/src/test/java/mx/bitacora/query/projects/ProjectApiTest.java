package mx.bitacora.query.projects;

import static mx.bitacora.query.testing.NetworkFacts.acknowledged;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.opened;
import static mx.bitacora.query.testing.NetworkFacts.planned;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project view over a known history: INL funds, UNODC implements and SEGOB coordinates a
 * project for DIF's CAT and a refugio (later removed) and an albergue (added); four deliveries
 * under it (acknowledged with a discrepancy, dispatched, planned, voided) and one outside it; three
 * sessions (completed with one completion voided, pending, cancelled); and another agency's closed
 * project.
 */
@OwnContext
class ProjectApiTest extends ApiTest {

  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId SEGOB = new AgencyId("segob");
  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId DIF_MERIDA = new AgencyId("dif-merida");
  private static final AgencyId USAID = new AgencyId("usaid");
  private static final AgencyId ONG = new AgencyId("ong-yucatan");
  private static final ShelterId CAT = new ShelterId("cat-cancun");
  private static final ShelterId REFUGIO = new ShelterId("refugio-qroo");
  private static final ShelterId ALBERGUE = new ShelterId("albergue-merida");

  private static final ProjectId PROJECT = new ProjectId(UUID.randomUUID());
  private static final ProjectId OTHER_PROJECT = new ProjectId(UUID.randomUUID());
  private static final DeliveryId ACKNOWLEDGED = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId DISPATCHED = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId PLANNED = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId VOIDED = new DeliveryId(UUID.randomUUID());
  private static final DeliveryId OUTSIDE = new DeliveryId(UUID.randomUUID());
  private static final TrainingSessionId COMPLETED = new TrainingSessionId(UUID.randomUUID());
  private static final TrainingSessionId PENDING = new TrainingSessionId(UUID.randomUUID());
  private static final TrainingSessionId CANCELLED = new TrainingSessionId(UUID.randomUUID());

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  private static final AgencyId ONG_QROO = new AgencyId("ong-qroo");

  @BeforeAll
  void recordTheHistory() {
    log.append(shelter(CAT, DIF_BJ), byStaffOf(DIF_BJ));
    log.append(shelter(REFUGIO, ONG_QROO), byStaffOf(ONG_QROO));
    log.append(shelter(ALBERGUE, DIF_MERIDA), byStaffOf(DIF_MERIDA));
    log.append(opened(PROJECT, INL, UNODC, SEGOB, List.of(CAT, REFUGIO)), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryRemovedEvent(PROJECT, REFUGIO), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryAddedEvent(PROJECT, ALBERGUE), byStaffOf(SEGOB));

    log.append(planned(ACKNOWLEDGED, PROJECT, INL, UNODC, CAT, DIF_BJ, 50), byStaffOf(UNODC));
    log.append(acknowledged(ACKNOWLEDGED, DIF_BJ, 50, 5), byStaffOf(DIF_BJ));
    log.append(planned(DISPATCHED, PROJECT, INL, UNODC, CAT, DIF_BJ, 30), byStaffOf(UNODC));
    log.append(
        new DeliveryDispatchedEvent(DISPATCHED, NetworkFacts.OCTOBER_21_2022), byStaffOf(UNODC));
    log.append(planned(PLANNED, PROJECT, INL, UNODC, ALBERGUE, DIF_MERIDA, 20), byStaffOf(UNODC));
    log.append(planned(VOIDED, PROJECT, INL, UNODC, ALBERGUE, DIF_MERIDA, 99), byStaffOf(UNODC));
    log.append(new DeliveryVoidedEvent(VOIDED, "Registrada dos veces"), byStaffOf(UNODC));
    log.append(planned(OUTSIDE, null, INL, UNODC, CAT, DIF_BJ, 7), byStaffOf(UNODC));

    log.append(scheduled(COMPLETED, PROJECT, UNODC), byStaffOf(UNODC));
    log.append(completed(COMPLETED, "dif-bj-0001"), byStaffOf(UNODC));
    String voided = log.append(completed(COMPLETED, "dif-bj-0002"), byStaffOf(UNODC));
    log.append(
        new TrainingFactVoidedEvent(
            COMPLETED,
            new CorrectedFact(voided, 2),
            TrainingFactKind.COMPLETION,
            "No concluyó",
            new StaffId("dif-bj-0002")),
        byStaffOf(UNODC));
    log.append(scheduled(PENDING, PROJECT, UNODC), byStaffOf(UNODC));
    log.append(scheduled(CANCELLED, PROJECT, UNODC), byStaffOf(UNODC));
    log.append(completed(CANCELLED, "dif-bj-0003"), byStaffOf(UNODC));
    log.append(new TrainingSessionCancelledEvent(CANCELLED, "Sede cerrada"), byStaffOf(UNODC));

    log.append(opened(OTHER_PROJECT, USAID, ONG, SEGOB, List.of(ALBERGUE)), byStaffOf(SEGOB));
    log.append(new ProjectClosedEvent(OTHER_PROJECT, LocalDate.of(2022, 12, 31)), byStaffOf(SEGOB));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode project = detail(PROJECT, auditor).body().get("project");
              assertThat(project.get("deliveries").asLong()).isEqualTo(3);
              assertThat(project.get("pendingDeliveries").asLong()).isEqualTo(2);
              assertThat(project.get("trainingSessions").asLong()).isEqualTo(3);
              assertThat(project.get("pendingTrainingSessions").asLong()).isEqualTo(1);
              assertThat(project.get("beneficiaries").asLong()).isEqualTo(2);
              JsonNode sessions = detail(PROJECT, auditor).body().get("trainingSessions");
              assertThat(statuses(sessions)).contains("CANCELLED", "COMPLETED");
              assertThat(detail(OTHER_PROJECT, auditor).body().at("/project/status").asText())
                  .isEqualTo("CLOSED");
              // the shelters view knows each beneficiary's operator
              assertThat(detail(PROJECT, staffOf(DIF_MERIDA)).status()).isEqualTo(200);
              assertThat(detail(PROJECT, staffOf(DIF_BJ)).status()).isEqualTo(200);
            });
  }

  private static ShelterRegisteredEvent shelter(ShelterId shelter, AgencyId operator) {
    return new ShelterRegisteredEvent(
        shelter,
        "Albergue " + shelter.value(),
        ShelterKind.ALBERGUE,
        operator,
        "Benito Juárez",
        "Quintana Roo",
        20,
        true,
        null);
  }

  @Test
  void theDetail_listsTheProjectsDeliveriesAndSessions_withTheirStatus() {
    JsonNode answer = detail(PROJECT, staffOf(INL)).body();

    JsonNode project = answer.get("project");
    assertThat(project.get("projectId").asText()).isEqualTo(PROJECT.toString());
    assertThat(project.get("funderAgency").asText()).isEqualTo("inl");
    assertThat(project.get("implementerAgency").asText()).isEqualTo("unodc-mexico");
    assertThat(project.get("coordinatorAgency").asText()).isEqualTo("segob");
    assertThat(project.get("status").asText()).isEqualTo("OPEN");
    assertThat(project.get("startsOn").asText()).isEqualTo("2022-01-01");
    assertThat(answer.get("beneficiaries").toString())
        .isEqualTo(
            "[{\"shelterId\":\"albergue-merida\",\"current\":true},"
                + "{\"shelterId\":\"cat-cancun\",\"current\":true},"
                + "{\"shelterId\":\"refugio-qroo\",\"current\":false}]");

    List<String> deliveries = new ArrayList<>();
    answer
        .get("deliveries")
        .forEach(
            d ->
                deliveries.add(
                    d.get("deliveryId").asText()
                        + ":"
                        + d.get("status").asText()
                        + ":"
                        + d.get("discrepancyLines").asText()));
    assertThat(deliveries)
        .containsExactlyInAnyOrder(
            ACKNOWLEDGED + ":ACKNOWLEDGED:1",
            DISPATCHED + ":DISPATCHED:null",
            PLANNED + ":PLANNED:null",
            VOIDED + ":VOIDED:null");

    List<String> sessions = new ArrayList<>();
    answer
        .get("trainingSessions")
        .forEach(
            s ->
                sessions.add(
                    s.get("trainingSessionId").asText()
                        + ":"
                        + s.get("status").asText()
                        + ":"
                        + s.get("completions").asLong()));
    assertThat(sessions)
        .containsExactlyInAnyOrder(
            COMPLETED + ":COMPLETED:1", PENDING + ":SCHEDULED:0", CANCELLED + ":CANCELLED:1");
    assertThat(answer.get("trainingSessions").get(0).get("hours").asText()).isEqualTo("8");

    assertThat(texts(answer.at("/pending/deliveries")))
        .containsExactlyInAnyOrder(DISPATCHED.toString(), PLANNED.toString());
    assertThat(texts(answer.at("/pending/trainingSessions"))).containsExactly(PENDING.toString());
    assertThat(answer.toString()).doesNotContain(OUTSIDE.toString());
  }

  @Test
  void theTotals_perShelter_countDeliveriesByStatus_andSumEachMaterialWithoutVoidedOnes() {
    JsonNode shelters = detail(PROJECT, auditor).body().get("shelters");

    assertThat(shelters).hasSize(3);
    assertThat(shelters.get(0).toString())
        .isEqualTo(
            "{\"shelterId\":\"albergue-merida\",\"beneficiary\":true,"
                + "\"deliveriesByStatus\":{\"PLANNED\":1,\"DISPATCHED\":0,\"ACKNOWLEDGED\":0,"
                + "\"VOIDED\":1},\"materials\":["
                + "{\"description\":\"Cobija\",\"unit\":\"pieza\",\"planned\":10,\"acknowledged\":0},"
                + "{\"description\":\"Kit de higiene\",\"unit\":\"kit\",\"planned\":20,"
                + "\"acknowledged\":0}]}");
    assertThat(shelters.get(1).toString())
        .isEqualTo(
            "{\"shelterId\":\"cat-cancun\",\"beneficiary\":true,"
                + "\"deliveriesByStatus\":{\"PLANNED\":0,\"DISPATCHED\":1,\"ACKNOWLEDGED\":1,"
                + "\"VOIDED\":0},\"materials\":["
                + "{\"description\":\"Cobija\",\"unit\":\"pieza\",\"planned\":20,\"acknowledged\":10},"
                + "{\"description\":\"Kit de higiene\",\"unit\":\"kit\",\"planned\":80,"
                + "\"acknowledged\":45}]}");
    assertThat(shelters.get(2).toString())
        .isEqualTo(
            "{\"shelterId\":\"refugio-qroo\",\"beneficiary\":false,"
                + "\"deliveriesByStatus\":{\"PLANNED\":0,\"DISPATCHED\":0,\"ACKNOWLEDGED\":0,"
                + "\"VOIDED\":0},\"materials\":[]}");
  }

  @Test
  void eachPartysStaff_readTheProject_otherStaffGet404AsForAnUnknownOne() {
    for (AgencyId party : List.of(INL, UNODC, SEGOB)) {
      assertThat(detail(PROJECT, staffOf(party)).status()).isEqualTo(200);
    }
    assertThat(ids(list("", staffOf(INL)).body())).containsExactly(PROJECT.toString());
    assertThat(ids(list("", staffOf(UNODC)).body())).containsExactly(PROJECT.toString());
    // SEGOB coordinates both; the list is newest start first (both start on 1 January 2022).
    assertThat(ids(list("", staffOf(SEGOB)).body()))
        .containsExactlyInAnyOrder(PROJECT.toString(), OTHER_PROJECT.toString());
    // Other staff get 404, exactly as for an unknown project.
    for (AgencyId outsider : List.of(USAID, ONG_QROO)) {
      Answer notYours = detail(PROJECT, staffOf(outsider));
      Answer unknown = detail(new ProjectId(UUID.randomUUID()), staffOf(outsider));
      assertProblem(notYours, 404, "PROJECT_NOT_FOUND");
      assertProblem(unknown, 404, "PROJECT_NOT_FOUND");
      assertThat(notYours.body().get("title")).isEqualTo(unknown.body().get("title"));
    }
    assertThat(ids(list("", staffOf(USAID)).body())).containsExactly(OTHER_PROJECT.toString());
    // The refugio was removed from the project: its agency no longer sees it.
    assertThat(ids(list("", staffOf(ONG_QROO)).body())).isEmpty();
  }

  @Test
  void staffOfABeneficiaryShelterAgency_readTheProjectsThatBenefitIt() {
    assertThat(detail(PROJECT, staffOf(DIF_BJ)).status()).isEqualTo(200);
    assertThat(ids(list("", staffOf(DIF_BJ)).body())).containsExactly(PROJECT.toString());
    // DIF Mérida's albergue benefits both projects (the closed one too).
    assertThat(detail(OTHER_PROJECT, staffOf(DIF_MERIDA)).status()).isEqualTo(200);
    assertThat(ids(list("", staffOf(DIF_MERIDA)).body()))
        .containsExactlyInAnyOrder(PROJECT.toString(), OTHER_PROJECT.toString());
  }

  @Test
  void auditorsAndReviewers_readEveryProject_administrators403_noToken401() {
    for (String token : List.of(auditor, reviewer)) {
      assertThat(detail(OTHER_PROJECT, token).status()).isEqualTo(200);
      JsonNode page = list("", token).body();
      assertThat(page.get("totalElements").asLong()).isEqualTo(2);
      assertThat(ids(list("?status=OPEN", token).body())).containsExactly(PROJECT.toString());
      assertThat(ids(list("?status=CLOSED", token).body()))
          .containsExactly(OTHER_PROJECT.toString());
    }
    assertProblem(detail(PROJECT, admin), 403, "FORBIDDEN");
    assertProblem(list("", admin), 403, "FORBIDDEN");
    assertThat(detail(PROJECT, null).status()).isEqualTo(401);
    assertThat(list("", null).status()).isEqualTo(401);
  }

  @Test
  void theList_isPaged_withItsFiguresInTheBody() {
    JsonNode first = list("?size=1", auditor).body();
    assertThat(first.get("size").asInt()).isEqualTo(1);
    assertThat(first.get("totalPages").asInt()).isEqualTo(2);
    assertThat(first.get("projects")).hasSize(1);
    assertThat(ids(list("?size=1&page=2", auditor).body())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/projects/not-a-uuid",
        "/projects?status=LOST",
        "/projects?page=-1",
        "/projects?size=0",
        "/projects?size=101"
      })
  void malformedParameters_are400InvalidParameter(String request) {
    assertProblem(api.get(request, auditor), 400, "INVALID_PARAMETER");
  }

  @Test
  void problems_areInEnglish_whenTheCallerAsksForEnglish() {
    String path = "/projects/" + UUID.randomUUID();
    assertThat(api.get(path, auditor, "en").body().get("title").asText())
        .isEqualTo("Project not found");
    assertThat(api.get(path, auditor, "es-MX").body().get("title").asText())
        .isEqualTo("Proyecto no encontrado");
  }

  private static String staffOf(AgencyId agency) {
    return DevTokens.mint("staff-of-" + agency.value(), agency.value(), "AGENCY_STAFF");
  }

  private Answer detail(ProjectId project, String token) {
    return api.get("/projects/" + project, token);
  }

  private Answer list(String query, String token) {
    return api.get("/projects" + query, token);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("projects").forEach(p -> ids.add(p.get("projectId").asText()));
    return ids;
  }

  private static List<String> statuses(JsonNode sessions) {
    List<String> statuses = new ArrayList<>();
    sessions.forEach(s -> statuses.add(s.get("status").asText()));
    return statuses;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
