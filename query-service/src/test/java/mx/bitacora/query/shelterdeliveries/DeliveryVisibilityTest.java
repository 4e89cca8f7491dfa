package mx.bitacora.query.shelterdeliveries;

import static mx.bitacora.query.shelterdeliveries.TestDeliveries.byUnodcStaff;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newDelivery;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.newShelter;
import static mx.bitacora.query.shelterdeliveries.TestDeliveries.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
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

/**
 * Who may read which delivery, and how refusals look: 401, 403, 404 for unknown or not-yours, 400
 * for malformed input, each an RFC 9457 problem with a code, Spanish unless English is asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryVisibilityTest extends QueryServiceTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  private final ShelterId shelter = newShelter();
  private final DeliveryId delivery = newDelivery();
  private QueryApi api;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String uninvolvedStaff =
      DevTokens.mint("fiscalia-staff-3", "fiscalia-quintana-roo", "AGENCY_STAFF");

  @BeforeAll
  void recordOneDelivery() {
    api = new QueryApi(port);
    new DeliveryEventLog(eventStore).append(planned(delivery, shelter), byUnodcStaff("req-vis-01"));
    await()
        .atMost(LAG)
        .untilAsserted(() -> assertThat(api.get(detail(), auditor).status()).isEqualTo(200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"inl", "unodc-mexico", "dif-benito-juarez"})
  void staffOfTheFunderDeliveringOrReceivingAgency_seeTheDeliveryAndItsDetail(String agency) {
    String staff = DevTokens.mint("staff-of-" + agency, agency, "AGENCY_STAFF");

    assertThat(api.get(detail(), staff).status()).isEqualTo(200);
    assertThat(api.get(list(), staff).body().get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void staffOfAnUninvolvedAgency_getNotFound_exactlyAsForAnUnknownDelivery() {
    Answer notTheirs = api.get(detail(), uninvolvedStaff);
    Answer unknown = api.get("/deliveries/" + newDelivery(), uninvolvedStaff);

    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.contentType()).startsWith(PROBLEM_JSON);
    assertThat(notTheirs.body().get("code").asText()).isEqualTo("DELIVERY_NOT_FOUND");
    assertThat(notTheirs.body().get("title").asText()).isEqualTo("Entrega no encontrada");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("code").asText()).isEqualTo("DELIVERY_NOT_FOUND");
    assertThat(unknown.body().get("title")).isEqualTo(notTheirs.body().get("title"));
  }

  @Test
  void staffOfAnUninvolvedAgency_doNotSeeTheDelivery_inTheShelterList() {
    Answer answer = api.get(list(), uninvolvedStaff);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("deliveries")).isEmpty();
    assertThat(answer.body().get("totalElements").asLong()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMISSION_AUDITOR", "COMPLIANCE_REVIEWER"})
  void auditorsAndComplianceReviewers_seeEveryAgencysDeliveries(String role) {
    String token = DevTokens.mint("reviewer-1", "segob", role);

    assertThat(api.get(detail(), token).status()).isEqualTo(200);
    assertThat(api.get(list(), token).body().get("deliveries")).hasSize(1);
  }

  @Test
  void platformAdministrators_areForbidden_toReadDeliveries() {
    String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

    assertProblem(api.get(detail(), admin), 403, "FORBIDDEN");
    assertProblem(api.get(list(), admin), 403, "FORBIDDEN");
  }

  @Test
  void callersWithoutAToken_areUnauthenticated() {
    assertProblem(api.get(detail(), null), 401, "UNAUTHENTICATED");
  }

  @Test
  void aMalformedDeliveryId_isABadRequest() {
    assertProblem(api.get("/deliveries/not-a-uuid", auditor), 400, "INVALID_PARAMETER");
  }

  @Test
  void aMalformedShelterIdOrStatus_isABadRequest() {
    assertProblem(api.get("/shelters/NO_ES_SLUG/deliveries", auditor), 400, "INVALID_PARAMETER");
    assertProblem(api.get(list() + "?status=LOST", auditor), 400, "INVALID_PARAMETER");
  }

  @ParameterizedTest
  @ValueSource(strings = {"?page=-1", "?size=0", "?size=101"})
  void pagesOutsideTheAllowedRange_areABadRequest(String paging) {
    Answer answer = api.get(list() + paging, auditor);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    assertThat(answer.body().has("code")).isTrue();
  }

  @Test
  void problems_areInEnglish_whenTheCallerAsksForEnglish() {
    Answer english = api.get("/deliveries/" + newDelivery(), auditor, "en");
    Answer spanish = api.get("/deliveries/" + newDelivery(), auditor, "es-MX");

    assertThat(english.body().get("title").asText()).isEqualTo("Delivery not found");
    assertThat(english.body().get("detail").asText()).startsWith("There is no such delivery ");
    assertThat(spanish.body().get("title").asText()).isEqualTo("Entrega no encontrada");
  }

  private void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    assertThat(answer.body().get("code").asText()).isEqualTo(code);
    assertThat(answer.body().get("title").asText()).isNotBlank();
  }

  private String detail() {
    return "/deliveries/" + delivery;
  }

  private String list() {
    return "/shelters/" + shelter + "/deliveries";
  }
}
