package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation slice end to end: a delivery recorded and acknowledged over HTTP on
 * command-service appears, with its status, acknowledged quantities and full history, in
 * query-service's views, which only tail the shared event table; a query naming the position a
 * command answered with sees that command's event in its first answer.
 */
class DeliverySliceTest {

  private static final String UNODC =
      DevTokens.mint("unodc-staff-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String DIF =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String FISCALIA =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TwoServices services;

  @BeforeAll
  static void start() {
    services = TwoServices.start(FreshDatabase.create("delivery_slice"));
    registerCatCancun(services);
  }

  /** Deliveries go to registered shelters: DIF registers the CAT it operates. */
  static void registerCatCancun(TwoServices services) {
    try {
      HttpResponse<String> registered =
          services.post(
              "/shelters",
              """
              {"shelterId": "cat-cancun", "name": "CAT Cancún", "kind": "CAT",
               "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
               "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
              """,
              DevTokens.mint("dif-admin", "dif-benito-juarez", "AGENCY_STAFF"));
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    } catch (Exception e) {
      throw new IllegalStateException("could not register the shelter", e);
    }
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void aRecordedAndAcknowledgedDelivery_appearsInTheShelterViewAndDetail() throws Exception {
    UUID id = UUID.randomUUID();

    assertThat(services.post("/deliveries", plan(id), UNODC).statusCode()).isEqualTo(201);
    assertThat(
            services
                .post("/deliveries/" + id + "/dispatch", "{\"dispatchedOn\":\"2022-10-21\"}", UNODC)
                .statusCode())
        .isEqualTo(200);
    assertThat(services.post("/deliveries/" + id + "/receipt", receipt(), DIF).statusCode())
        .isEqualTo(200);

    JsonNode delivery =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(20))
            .until(
                () -> deliveryInShelterView(id, DIF),
                node -> node != null && "ACKNOWLEDGED".equals(node.path("status").asText()));
    assertThat(delivery.toString()).contains("\"acknowledgedQuantity\":45");

    HttpResponse<String> detail = services.query("/deliveries/" + id, DIF);
    assertThat(detail.statusCode()).isEqualTo(200);
    JsonNode history = JSON.readTree(detail.body()).path("history");
    assertThat(history).hasSize(3);
    assertThat(history.get(0).toString())
        .contains("DeliveryPlannedEvent")
        .contains("unodc-staff-1");
    assertThat(history.get(2).toString())
        .contains("DeliveryReceiptAcknowledgedEvent")
        .contains("dif-staff-1");
  }

  @Test
  void anAgencyNotPartyToTheDelivery_neitherSeesNorFindsIt() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(services.post("/deliveries", plan(id), UNODC).statusCode()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(10)).until(() -> deliveryInShelterView(id, DIF) != null);

    assertThat(deliveryInShelterView(id, FISCALIA)).isNull();
    assertThat(services.query("/deliveries/" + id, FISCALIA).statusCode()).isEqualTo(404);
  }

  @Test
  void aPlannedDelivery_isInTheVeryFirstAnswer_notOlderThanTheCommandsEventPosition()
      throws Exception {
    for (int i = 0; i < 20; i++) {
      UUID id = UUID.randomUUID();
      HttpResponse<String> planned = services.post("/deliveries", plan(id), UNODC);
      assertThat(planned.statusCode()).isEqualTo(201);
      String position = planned.headers().firstValue("X-Event-Position").orElseThrow();

      // No retry and no Awaitility: the query itself waits for its view to reach the position.
      assertThat(deliveryInShelterView(id, DIF, "&notOlderThan=" + position))
          .as("plan %s at position %s", i, position)
          .isNotNull();
    }
  }

  @Test
  void aDispatch_isInTheVeryFirstAnswer_notOlderThanItsEventPosition() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(services.post("/deliveries", plan(id), UNODC).statusCode()).isEqualTo(201);
    HttpResponse<String> dispatched =
        services.post(
            "/deliveries/" + id + "/dispatch", "{\"dispatchedOn\":\"2022-10-21\"}", UNODC);
    String position = dispatched.headers().firstValue("X-Event-Position").orElseThrow();

    HttpResponse<String> detail =
        services.query("/deliveries/" + id, UNODC, "X-Not-Older-Than", position);

    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(detail.body()).path("status").asText()).isEqualTo("DISPATCHED");
  }

  @Test
  void bothServicesRefuseRequestsWithoutAToken() throws Exception {
    assertThat(services.query("/shelters/cat-cancun/deliveries", null).statusCode()).isEqualTo(401);
    assertThat(services.post("/deliveries", plan(UUID.randomUUID()), "not-a-jwt").statusCode())
        .isEqualTo(401);
  }

  private static JsonNode deliveryInShelterView(UUID id, String token) throws Exception {
    return deliveryInShelterView(id, token, "");
  }

  private static JsonNode deliveryInShelterView(UUID id, String token, String parameters)
      throws Exception {
    HttpResponse<String> page =
        services.query("/shelters/cat-cancun/deliveries?size=100" + parameters, token);
    assertThat(page.statusCode()).isEqualTo(200);
    for (JsonNode delivery : JSON.readTree(page.body()).path("deliveries")) {
      if (id.toString().equals(delivery.path("deliveryId").asText())) {
        return delivery;
      }
    }
    return null;
  }

  static String plan(UUID id) {
    return """
        {"deliveryId": "%s", "fundingAgency": "inl", "deliveringAgencies": ["unodc-mexico", "segob"],
         "receivingShelter": "cat-cancun", "receivingAgency": "dif-benito-juarez", "occurredOn": "2022-10-21",
         "items": [{"description": "Colchones individuales", "quantity": 20, "unit": "pieza"},
                   {"description": "Kits de higiene", "quantity": 50, "unit": "kit"}],
         "witnesses": [{"title": "Directora de Desarrollo de Programas", "agency": "segob"}]}
        """
        .formatted(id);
  }

  static String receipt() {
    return """
        {"receivedByTitle": "Responsable del CAT", "receivedOn": "2022-10-21",
         "discrepancies": [{"line": 2, "receivedQuantity": 45, "note": "5 kits dañados"}]}
        """;
  }
}
