package mx.bitacora.command.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.command.messaging.EventPositionHeader;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery API end to end against PostgreSQL: status codes, RFC 9457 bodies, that a refused
 * request stores nothing, and that a stored one names its event's position in the log.
 */
@CommandServiceTest
class DeliveryApiTest {

  /** The shelter the test deliveries go to, as DIF Benito Juárez registers it. */
  static final String RECEIVING_SHELTER =
      """
      {"shelterId": "cat-cancun", "name": "CAT Cancún", "kind": "CAT",
       "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
       "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
      """;

  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String INL_STAFF = DevTokens.mint("inl-1", "inl", "AGENCY_STAFF");
  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  /** Deliveries go to registered shelters; registering again is an idempotent retry. */
  @BeforeEach
  void registerTheReceivingShelter() {
    ResponseEntity<String> registered = post("/shelters", RECEIVING_SHELTER, bearer(DIF_STAFF));
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
    // Registered by the first test, retried by every later one: always the first event's position.
    assertThat(position(registered))
        .isEqualTo(
            jdbc.queryForObject(
                "select global_index from event_store.domain_event_entry"
                    + " where aggregate_identifier like '%cat-cancun' and sequence_number = 0",
                Long.class));
  }

  @Test
  void plan_answers201_andStoresOneEventWithActorMetadata() throws Exception {
    UUID id = UUID.randomUUID();
    HttpHeaders headers = bearer(UNODC_STAFF);
    headers.set("X-Request-Id", "req-plan-0001");

    ResponseEntity<String> response = post("/deliveries", planBody(id), headers);

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    assertThat(response.getHeaders().getLocation()).hasToString("/deliveries/" + id);
    assertThat(eventsOf(id)).isEqualTo(1);
    JsonNode metadata =
        json.readTree(
            new String(
                jdbc.queryForObject(
                    "select meta_data from event_store.domain_event_entry where aggregate_identifier = ?",
                    byte[].class,
                    id.toString()),
                StandardCharsets.UTF_8));
    assertThat(metadata.path("actor").asText()).isEqualTo("unodc-1");
    assertThat(metadata.path("actorAgency").asText()).isEqualTo("unodc-mexico");
    assertThat(metadata.path("actorRoles").asText()).isEqualTo("AGENCY_STAFF");
    assertThat(metadata.path("requestId").asText()).isEqualTo("req-plan-0001");
    assertThat(metadata.path("correlationId").asText()).isNotBlank();
    assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-plan-0001");
  }

  @Test
  void businessDates_beyondTheBackdatingLimit_orAFactInTheFuture_areRefused() throws Exception {
    CommandApi api = new CommandApi(http, jdbc, json);
    UUID tooOld = UUID.randomUUID();
    JsonNode problem =
        api.assertProblem(
            post(
                "/deliveries",
                planBody(tooOld).replace("2022-10-21", "2001-10-21"),
                bearer(UNODC_STAFF)),
            422,
            "BUSINESS_DATE_TOO_OLD");
    assertThat(problem.path("title").asText()).isEqualTo("Fecha del hecho demasiado antigua");
    assertThat(api.eventsOf(tooOld.toString())).isZero();

    // A plan may lie ahead; a dispatch or a receipt has happened, so never after today.
    UUID id = UUID.randomUUID();
    assertThat(
            post(
                    "/deliveries",
                    planBody(id).replace("2022-10-21", "2099-10-21"),
                    bearer(UNODC_STAFF))
                .getStatusCode()
                .value())
        .isEqualTo(201);
    api.assertProblem(
        post(dispatch(id), "{\"dispatchedOn\":\"2099-10-21\"}", bearer(UNODC_STAFF)),
        422,
        "BUSINESS_DATE_IN_FUTURE");
    assertThat(
            CommandApi.status(
                post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF))))
        .isEqualTo(200);
    api.assertProblem(
        post(receipt(id), receiptBody().replace("2022-10-21", "2001-10-21"), bearer(DIF_STAFF)),
        422,
        "BUSINESS_DATE_TOO_OLD");
    assertThat(api.eventsOf(id.toString())).isEqualTo(2);
  }

  @Test
  void theWholeLifecycle_isAccepted_inOrder() {
    UUID id = UUID.randomUUID();
    assertThat(post("/deliveries", planBody(id), bearer(UNODC_STAFF)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(
            post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF))
                .getStatusCode()
                .value())
        .isEqualTo(200);
    ResponseEntity<String> receipt = post(receipt(id), receiptBody(), bearer(DIF_STAFF));
    assertThat(receipt.getStatusCode().value()).isEqualTo(200);
    assertThat(receipt.getBody()).contains(id.toString());
    assertThat(
            post(voiding(id), "{\"reason\":\"Registrada por duplicado\"}", bearer(INL_STAFF))
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  @Test
  void createsAndUpdates_carryTheGlobalIndexOfTheEventTheyStored() {
    UUID id = UUID.randomUUID();
    ResponseEntity<String> plan = post("/deliveries", planBody(id), bearer(UNODC_STAFF));
    assertThat(plan.getStatusCode().value()).isEqualTo(201);
    assertThat(position(plan)).isEqualTo(lastGlobalIndexOf(id));

    ResponseEntity<String> dispatched =
        post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF));
    assertThat(dispatched.getStatusCode().value()).isEqualTo(200);
    assertThat(position(dispatched)).isEqualTo(lastGlobalIndexOf(id)).isGreaterThan(position(plan));
  }

  @Test
  void aRetriedCreate_thatStoresNothing_carriesThePositionOfTheFirstAttemptsEvent() {
    UUID id = UUID.randomUUID();
    long first = position(post("/deliveries", planBody(id), bearer(UNODC_STAFF)));
    // Something else is stored in between, so the log's last position is no longer the plan's.
    planned();

    ResponseEntity<String> retry = post("/deliveries", planBody(id), bearer(UNODC_STAFF));

    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(eventsOf(id)).isEqualTo(1);
    assertThat(position(retry)).isEqualTo(first).isEqualTo(lastGlobalIndexOf(id));
  }

  @Test
  void refusals_carryNoPosition() throws Exception {
    UUID id = planned();
    String different = planBody(id).replace("\"quantity\": 20", "\"quantity\": 21");

    ResponseEntity<String> conflict = post("/deliveries", different, bearer(UNODC_STAFF));
    ResponseEntity<String> notDispatched = post(receipt(id), receiptBody(), bearer(DIF_STAFF));

    assertProblem(conflict, 409, "DELIVERY_ALREADY_RECORDED");
    assertProblem(notDispatched, 409, "DELIVERY_NOT_DISPATCHED");
    assertThat(conflict.getHeaders().containsKey(EventPositionHeader.HEADER)).isFalse();
    assertThat(notDispatched.getHeaders().containsKey(EventPositionHeader.HEADER)).isFalse();
  }

  @Test
  void aMalformedAgencySlug_answers400_withTheFieldPath() throws Exception {
    UUID id = UUID.randomUUID();
    String body = planBody(id).replace("\"inl\"", "\"INL con espacios\"");

    ResponseEntity<String> response = post("/deliveries", body, bearer(UNODC_STAFF));

    JsonNode problem = assertProblem(response, 400, "MALFORMED_BODY");
    assertThat(problem.path("errors").toString()).contains("fundingAgency");
    assertThat(response.getBody()).doesNotContain("INL con espacios");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void aPlanForAnUnregisteredShelter_answers409_andStoresNothing() throws Exception {
    UUID id = UUID.randomUUID();
    String body = planBody(id).replace("\"cat-cancun\"", "\"albergue-desconocido\"");

    assertProblem(
        post("/deliveries", body, bearer(UNODC_STAFF)), 409, "RECEIVING_SHELTER_NOT_REGISTERED");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void aPlanNamingAnotherAgencyAsTheShelterOperator_answers409() throws Exception {
    UUID id = UUID.randomUUID();
    String body =
        planBody(id)
            .replace(
                "\"receivingAgency\": \"dif-benito-juarez\"",
                "\"receivingAgency\": \"unodc-mexico\"");

    assertProblem(
        post("/deliveries", body, bearer(UNODC_STAFF)),
        409,
        "RECEIVING_AGENCY_NOT_SHELTER_OPERATOR");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void noItems_answers400() throws Exception {
    UUID id = UUID.randomUUID();
    String body = planBody(id).replaceAll("\"items\": \\[.*?\\]", "\"items\": []");

    assertProblem(post("/deliveries", body, bearer(UNODC_STAFF)), 400, "INVALID_FIELDS");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void receiptBeforeDispatch_answers409_andStoresNothing() throws Exception {
    UUID id = planned();

    assertProblem(
        post(receipt(id), receiptBody(), bearer(DIF_STAFF)), 409, "DELIVERY_NOT_DISPATCHED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void receiptByAnAgencyOtherThanTheShelterOperator_answers403() throws Exception {
    UUID id = planned();
    post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF));

    assertProblem(
        post(receipt(id), receiptBody(), bearer(INL_STAFF)), 403, "NOT_THE_RECEIVING_AGENCY");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void retryingTheSamePlan_answersAsTheFirstTime_andStoresNothingMore() {
    UUID id = planned();

    ResponseEntity<String> retry = post("/deliveries", planBody(id), bearer(UNODC_STAFF));

    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getBody()).contains(id.toString());
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void reusingAnIdForADifferentPlan_answers409() throws Exception {
    UUID id = planned();
    String different = planBody(id).replace("\"quantity\": 20", "\"quantity\": 21");

    assertProblem(
        post("/deliveries", different, bearer(UNODC_STAFF)), 409, "DELIVERY_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void theSamePlanFromAnotherAgency_isNotARetry() throws Exception {
    UUID id = planned();

    assertProblem(
        post("/deliveries", planBody(id), bearer(INL_STAFF)), 409, "DELIVERY_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void ofThirtyTwoConcurrentConflictingDispatches_exactlyOneWins() throws Exception {
    UUID id = planned();
    List<Callable<ResponseEntity<String>>> dispatches = new ArrayList<>();
    for (int day = 1; day <= 32; day++) {
      String body = "{\"dispatchedOn\":\"2022-10-%02d\"}".formatted(Math.min(day, 28));
      dispatches.add(() -> post(dispatch(id), body, bearer(UNODC_STAFF)));
    }

    api()
        .assertExactlyOneWins(
            dispatches,
            Set.of("DELIVERY_ALREADY_DISPATCHED", "CONCURRENT_UPDATE"),
            id.toString(),
            0L,
            1L);
  }

  @Test
  void problems_areSpanishByDefault_andEnglishOnRequest() throws Exception {
    UUID id = planned();
    JsonNode spanish =
        assertProblem(
            post(receipt(id), receiptBody(), bearer(DIF_STAFF)), 409, "DELIVERY_NOT_DISPATCHED");
    HttpHeaders english = bearer(DIF_STAFF);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    JsonNode inEnglish =
        assertProblem(post(receipt(id), receiptBody(), english), 409, "DELIVERY_NOT_DISPATCHED");

    assertThat(spanish.path("title").asText()).isEqualTo("Entrega no enviada");
    assertThat(inEnglish.path("title").asText()).isEqualTo("Delivery not dispatched");
    assertThat(inEnglish.path("detail").asText()).doesNotContain(id.toString());
  }

  @Test
  void apiDocsAndHealthProbes_needNoToken() {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getBody())
        .contains("/deliveries/{deliveryId}/receipt");
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(
            http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void correctingAReceipt_answers200_andNamesTheStoredOriginal() throws Exception {
    UUID id = received();

    ResponseEntity<String> response =
        post(
            corrections(id),
            """
            {"originalSequenceNumber": 2, "reason": "Eran 6 kits dañados",
             "discrepancies": [{"line": 2, "receivedQuantity": 44, "note": "6 kits dañados"}]}
            """,
            bearer(DIF_STAFF));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
    JsonNode correction = json.readTree(payloadOf(id, 3));
    assertThat(correction.path("original").path("sequenceNumber").asLong()).isEqualTo(2);
    assertThat(correction.path("original").path("eventId").asText())
        .isEqualTo(eventIdentifierOf(id, 2));
    assertThat(correction.path("discrepancies").get(0).path("receivedQuantity").asInt())
        .isEqualTo(44);
    assertThat(metadataOf(id, 3).path("actorAgency").asText()).isEqualTo("dif-benito-juarez");
  }

  @Test
  void voidingADispatch_answers200_andStoresOneEvent() {
    UUID id = planned();
    post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF));

    ResponseEntity<String> response =
        post(
            voidedFacts(id),
            "{\"originalSequenceNumber\": 1, \"reason\": \"Registrado por error\"}",
            bearer(UNODC_STAFF));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void aCorrectionWithoutReasonOrOriginal_answers400_andStoresNothing() throws Exception {
    UUID id = received();

    assertProblem(
        post(corrections(id), "{\"originalSequenceNumber\": 2}", bearer(DIF_STAFF)),
        400,
        "INVALID_FIELDS");
    assertProblem(
        post(voidedFacts(id), "{\"reason\": \"sin original\"}", bearer(DIF_STAFF)),
        400,
        "INVALID_FIELDS");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void correctingAReceipt_byAPlanningAgency_answers403_andStoresNothing() throws Exception {
    UUID id = received();

    assertProblem(
        post(corrections(id), receiptCorrectionBody(2), bearer(UNODC_STAFF)),
        403,
        "NOT_THE_RECEIVING_AGENCY");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void correctingForAnUninvolvedAgency_answers404() throws Exception {
    UUID id = received();

    assertProblem(
        post(corrections(id), receiptCorrectionBody(2), bearer(FISCALIA_STAFF)),
        404,
        "DELIVERY_NOT_FOUND");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void correctingAnUnknownOrVoidedFact_answers409_andStoresNothing() throws Exception {
    UUID id = received();

    assertProblem(
        post(corrections(id), receiptCorrectionBody(9), bearer(DIF_STAFF)),
        409,
        "ORIGINAL_FACT_NOT_FOUND");
    post(
        voidedFacts(id),
        "{\"originalSequenceNumber\": 2, \"reason\": \"Recepción duplicada\"}",
        bearer(DIF_STAFF));
    assertProblem(
        post(corrections(id), receiptCorrectionBody(2), bearer(DIF_STAFF)),
        409,
        "FACT_ALREADY_VOIDED");
    assertProblem(
        post(
            voidedFacts(id),
            "{\"originalSequenceNumber\": 0, \"reason\": \"el plan\"}",
            bearer(UNODC_STAFF)),
        409,
        "FACT_NOT_CORRECTABLE");
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  private UUID received() {
    UUID id = planned();
    post(dispatch(id), "{\"dispatchedOn\":\"2022-10-21\"}", bearer(UNODC_STAFF));
    assertThat(post(receipt(id), receiptBody(), bearer(DIF_STAFF)).getStatusCode().value())
        .isEqualTo(200);
    return id;
  }

  private String payloadOf(UUID id, long sequenceNumber) {
    return new String(
        jdbc.queryForObject(
            "select payload from event_store.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?",
            byte[].class,
            id.toString(),
            sequenceNumber),
        StandardCharsets.UTF_8);
  }

  private JsonNode metadataOf(UUID id, long sequenceNumber) throws Exception {
    return json.readTree(
        jdbc.queryForObject(
            "select meta_data from event_store.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?",
            byte[].class,
            id.toString(),
            sequenceNumber));
  }

  private String eventIdentifierOf(UUID id, long sequenceNumber) {
    return jdbc.queryForObject(
        "select event_identifier from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = ?",
        String.class,
        id.toString(),
        sequenceNumber);
  }

  private static String corrections(UUID id) {
    return "/deliveries/" + id + "/corrections";
  }

  private static String voidedFacts(UUID id) {
    return "/deliveries/" + id + "/voided-facts";
  }

  private static String receiptCorrectionBody(long originalSequenceNumber) {
    return """
        {"originalSequenceNumber": %d, "reason": "Eran 6 kits dañados",
         "discrepancies": [{"line": 2, "receivedQuantity": 44, "note": "6 kits dañados"}]}
        """
        .formatted(originalSequenceNumber);
  }

  private UUID planned() {
    UUID id = UUID.randomUUID();
    assertThat(post("/deliveries", planBody(id), bearer(UNODC_STAFF)).getStatusCode().value())
        .isEqualTo(201);
    return id;
  }

  private JsonNode assertProblem(ResponseEntity<String> response, int status, String code)
      throws Exception {
    return api().assertProblem(response, status, code);
  }

  private ResponseEntity<String> post(String path, String body, HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static HttpHeaders bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return headers;
  }

  private CommandApi api() {
    return new CommandApi(http, jdbc, json);
  }

  private long eventsOf(UUID id) {
    return api().eventsOf(id.toString());
  }

  private static long position(ResponseEntity<String> response) {
    String header = response.getHeaders().getFirst(EventPositionHeader.HEADER);
    assertThat(header).as("%s on %s", EventPositionHeader.HEADER, response).isNotNull();
    return Long.parseLong(header);
  }

  private long lastGlobalIndexOf(UUID id) {
    return jdbc.queryForObject(
        "select max(global_index) from event_store.domain_event_entry"
            + " where aggregate_identifier = ?",
        Long.class,
        id.toString());
  }

  private static String dispatch(UUID id) {
    return "/deliveries/" + id + "/dispatch";
  }

  private static String receipt(UUID id) {
    return "/deliveries/" + id + "/receipt";
  }

  private static String voiding(UUID id) {
    return "/deliveries/" + id + "/void";
  }

  static String planBody(UUID id) {
    return """
        {
          "deliveryId": "%s",
          "fundingAgency": "inl",
          "deliveringAgencies": ["unodc-mexico", "segob"],
          "receivingShelter": "cat-cancun",
          "receivingAgency": "dif-benito-juarez",
          "occurredOn": "2022-10-21",
          "items": [{"description": "Colchones individuales", "quantity": 20, "unit": "pieza"}, {"description": "Kits de higiene", "quantity": 50, "unit": "kit"}],
          "witnesses": [{"title": "Directora de Desarrollo de Programas", "agency": "segob"}]
        }
        """
        .formatted(id);
  }

  private static String receiptBody() {
    return """
        {"receivedByTitle": "Responsable del CAT", "receivedOn": "2022-10-21",
         "discrepancies": [{"line": 2, "receivedQuantity": 45, "note": "5 kits dañados"}]}
        """;
  }
}
