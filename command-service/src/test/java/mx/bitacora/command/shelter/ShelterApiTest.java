package mx.bitacora.command.shelter;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shelter API end to end against PostgreSQL: status codes, problems, nothing stored on refusal.
 */
@CommandServiceTest
class ShelterApiTest {

  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String LOCATION = "Calle 10 entre 5 y 7, portón verde";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;
  private static int counter;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void theWholeLifecycle_isAccepted_inOrder() {
    String id = newId();
    var registered = api.post("/shelters", registerBody(id, 24), DIF_STAFF);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    assertThat(registered.getHeaders().getLocation()).hasToString("/shelters/" + id);
    assertThat(status(api.post(capacity(id), "{\"capacity\": 30}", DIF_STAFF))).isEqualTo(200);
    assertThat(status(api.post(close(id), closeBody(), DIF_STAFF))).isEqualTo(200);
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(3);
  }

  @Test
  void aPlatformAdministrator_mayRegisterForAnyAgency() {
    String id = newId();
    assertThat(status(api.post("/shelters", registerBody(id, 24), ADMIN))).isEqualTo(201);
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
  }

  @Test
  void aShelterMayShareItsSlugWithAnAgency() {
    String slug = "dif-benito-juarez";
    assertThat(status(api.post("/shelters", registerBody(slug, 24), DIF_STAFF))).isEqualTo(201);
    assertThat(api.eventsOf("shelter:" + slug)).isEqualTo(1);
  }

  @Test
  void anUnknownKind_answers400() throws Exception {
    long before = api.allEvents();
    String body = registerBody(newId(), 24).replace("\"CAT\"", "\"HOTEL\"");

    api.assertProblem(api.post("/shelters", body, DIF_STAFF), 400, "MALFORMED_BODY");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void staffOfAnotherAgency_mayNotRegister_andNothingIsStored() throws Exception {
    String id = newId();

    api.assertProblem(
        api.post("/shelters", registerBody(id, 24), UNODC_STAFF), 403, "NOT_THE_OPERATING_AGENCY");
    assertThat(api.eventsOf("shelter:" + id)).isZero();
  }

  /** Not-yours on an open shelter is a shared check ({@code StatusMappingTest}); closed, too. */
  @Test
  void staffOfAnotherAgency_changingCapacityOrClosing_aClosedShelter_getTheUnknownShelterAnswer()
      throws Exception {
    String closedId = registered();
    assertThat(status(api.post(close(closedId), closeBody(), DIF_STAFF))).isEqualTo(200);
    String unknown = newId();

    for (String language : List.of("es", "en")) {
      assertThat(
              withoutRequest(
                  api.assertProblem(
                      api.post(capacity(closedId), "{\"capacity\": 30}", UNODC_STAFF, language),
                      404,
                      "SHELTER_NOT_FOUND")))
          .isEqualTo(
              withoutRequest(
                  api.assertProblem(
                      api.post(capacity(unknown), "{\"capacity\": 30}", UNODC_STAFF, language),
                      404,
                      "SHELTER_NOT_FOUND")));
      assertThat(
              withoutRequest(
                  api.assertProblem(
                      api.post(close(closedId), closeBody(), UNODC_STAFF, language),
                      404,
                      "SHELTER_NOT_FOUND")))
          .isEqualTo(
              withoutRequest(
                  api.assertProblem(
                      api.post(close(unknown), closeBody(), UNODC_STAFF, language),
                      404,
                      "SHELTER_NOT_FOUND")));
    }
    assertThat(api.eventsOf("shelter:" + closedId)).isEqualTo(2);
  }

  @Test
  void staffOfAnotherAgency_registeringForTheOperator_getTheSameAnswer_whetherTheIdIsTakenOrNot()
      throws Exception {
    String taken = registered();
    String free = newId();

    JsonNode forTaken =
        api.assertProblem(
            api.post("/shelters", registerBody(taken, 24), UNODC_STAFF),
            403,
            "NOT_THE_OPERATING_AGENCY");
    JsonNode forFree =
        api.assertProblem(
            api.post("/shelters", registerBody(free, 24), UNODC_STAFF),
            403,
            "NOT_THE_OPERATING_AGENCY");

    assertThat(withoutRequest(forTaken)).isEqualTo(withoutRequest(forFree));
    assertThat(api.eventsOf("shelter:" + taken)).isEqualTo(1);
    assertThat(api.eventsOf("shelter:" + free)).isZero();
  }

  /** A problem without what differs from request to request (its request id and instance). */
  private static JsonNode withoutRequest(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove(List.of("requestId", "instance"));
    return copy;
  }

  @Test
  void anAdministrator_mayNotChangeCapacity() throws Exception {
    String id = registered();

    api.assertProblem(api.post(capacity(id), "{\"capacity\": 30}", ADMIN), 403, "FORBIDDEN");
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
  }

  @Test
  void anAgencysIdIsNotAShelter_answers404() throws Exception {
    String agency = "agencia-" + newId();
    String agencyBody =
        """
        {"agencyId": "%s", "name": "Fiscalía", "acronym": "FGE", "kind": "STATE",
         "level": "STATE", "state": "Quintana Roo"}
        """
            .formatted(agency);
    assertThat(status(api.post("/agencies", agencyBody, ADMIN))).isEqualTo(201);

    api.assertProblem(api.post(close(agency), closeBody(), DIF_STAFF), 404, "SHELTER_NOT_FOUND");
    assertThat(api.eventsOf("agency:" + agency)).isEqualTo(1);
  }

  @Test
  void reusingAnIdForADifferentShelter_answers409() throws Exception {
    String id = registered();

    api.assertProblem(
        api.post("/shelters", registerBody(id, 25), DIF_STAFF), 409, "SHELTER_ALREADY_RECORDED");
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
  }

  @Test
  void retryingTheSameRefugio_withItsLocation_answersAsTheFirstTime_andStoresNothingMore() {
    String id = registeredRefugio();
    long keys = shelterKeys();

    var retry = api.post("/shelters", refugioBody(id, LOCATION), DIF_STAFF);

    assertThat(status(retry)).as(retry.getBody()).isEqualTo(201);
    assertThat(retry.getHeaders().getLocation()).hasToString("/shelters/" + id);
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
    assertThat(shelterKeys()).isEqualTo(keys);
  }

  @Test
  void reusingAnIdWithADifferentLocation_answers409_andStoresNothing() throws Exception {
    String id = registeredRefugio();

    api.assertProblem(
        api.post("/shelters", refugioBody(id, "Calle 12 entre 5 y 7, portón azul"), DIF_STAFF),
        409,
        "SHELTER_ALREADY_RECORDED");
    api.assertProblem(
        api.post("/shelters", withoutLocation(refugioBody(id, LOCATION)), DIF_STAFF),
        409,
        "SHELTER_ALREADY_RECORDED");
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
    assertThat(api.get(location(id), DIF_STAFF).getBody()).contains("portón verde");
  }

  @Test
  void aShelterWithoutLocation_getsNoKey() {
    String id = registered();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_keys.shelter_key where shelter_id = ?", Long.class, id))
        .isZero();
  }

  @Test
  void theLocationsMacKey_isWrapped_keptBesideItsDataKey() {
    String id = registeredRefugio();

    var row =
        jdbc.queryForMap(
            "select wrapped_key, wrapped_mac_key from case_keys.shelter_key where shelter_id = ?",
            id);
    assertThat((byte[]) row.get("wrapped_mac_key"))
        .isNotEmpty()
        .isNotEqualTo(row.get("wrapped_key"));
  }

  @Test
  void anUnchangedCapacity_answers409_andStoresNothing() throws Exception {
    String id = registered();

    api.assertProblem(
        api.post(capacity(id), "{\"capacity\": 24}", DIF_STAFF), 409, "CAPACITY_UNCHANGED");
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
  }

  @Test
  void nothingAfterClosing_answers409_inEnglishOnRequest() throws Exception {
    String id = registered();
    api.post(close(id), closeBody(), DIF_STAFF);

    var response = api.post(capacity(id), "{\"capacity\": 30}", DIF_STAFF, "en");

    JsonNode problem = api.assertProblem(response, 409, "SHELTER_CLOSED");
    assertThat(problem.path("title").asText()).isEqualTo("Shelter closed");
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(2);
  }

  @Test
  void aRefugiosLocation_isReadByItsOperatorAndByAnAuditor() throws Exception {
    String id = registeredRefugio();

    for (String reader : new String[] {DIF_STAFF, AUDITOR}) {
      var response = api.get(location(id), reader);
      assertThat(status(response)).as(response.getBody()).isEqualTo(200);
      JsonNode body = json.readTree(response.getBody());
      assertThat(body.path("shelterId").asText()).isEqualTo(id);
      assertThat(body.path("location").asText()).isEqualTo(LOCATION);
    }
  }

  @Test
  void aRefugiosLocation_isStoredSealed_neverInPlainText() {
    String id = registeredRefugio();

    String payload =
        new String(
            jdbc.queryForObject(
                "select payload from event_store.domain_event_entry where aggregate_identifier = ?",
                byte[].class,
                "shelter:" + id),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(payload).contains("\"location\":{\"ciphertext\":").doesNotContain("portón");
  }

  @Test
  void staffOfAnotherAgency_isToldTheShelterDoesNotExist() throws Exception {
    String id = registeredRefugio();

    api.assertProblem(api.get(location(id), UNODC_STAFF), 404, "SHELTER_NOT_FOUND");
  }

  @Test
  void reviewersAndAdministrators_mayNeverReadALocation() throws Exception {
    String id = registeredRefugio();

    api.assertProblem(api.get(location(id), REVIEWER), 403, "FORBIDDEN");
    api.assertProblem(api.get(location(id), ADMIN), 403, "FORBIDDEN");
  }

  @Test
  void theLocationOfAnUnknownShelter_answers404() throws Exception {
    api.assertProblem(api.get(location(newId()), AUDITOR), 404, "SHELTER_NOT_FOUND");
    api.assertProblem(api.get(location(newId()), DIF_STAFF), 404, "SHELTER_NOT_FOUND");
  }

  @Test
  void aShelterWithoutLocation_answers404_locationNotRecorded() throws Exception {
    String id = registered();

    api.assertProblem(api.get(location(id), DIF_STAFF), 404, "SHELTER_LOCATION_NOT_RECORDED");
  }

  @Test
  void anOverlongLocation_answers400_withoutEchoingIt_andStoresNothing() throws Exception {
    String id = newId();
    String overlong = "X".repeat(501);

    var response = api.post("/shelters", refugioBody(id, overlong), DIF_STAFF);

    JsonNode problem = api.assertProblem(response, 400, "INVALID_FIELDS");
    assertThat(problem.path("errors").toString()).contains("locationWithinLimit");
    assertThat(response.getBody()).doesNotContain(overlong);
    assertThat(api.eventsOf("shelter:" + id)).isZero();
  }

  private long shelterKeys() {
    return jdbc.queryForObject("select count(*) from case_keys.shelter_key", Long.class);
  }

  private String registeredRefugio() {
    String id = newId();
    var response = api.post("/shelters", refugioBody(id, LOCATION), DIF_STAFF);
    assertThat(status(response)).as(response.getBody()).isEqualTo(201);
    return id;
  }

  private static String withoutLocation(String body) {
    return body.replace(", \"location\": \"" + LOCATION + "\"", "");
  }

  private static String location(String id) {
    return "/shelters/" + id + "/location";
  }

  private static String refugioBody(String id, String location) {
    return """
        {"shelterId": "%s", "name": "Refugio Sureste", "kind": "REFUGIO",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 12, "servesMinors": false, "location": "%s"}
        """
        .formatted(id, location);
  }

  private String registered() {
    String id = newId();
    assertThat(status(api.post("/shelters", registerBody(id, 24), DIF_STAFF))).isEqualTo(201);
    return id;
  }

  private static synchronized String newId() {
    return "albergue-" + (++counter);
  }

  private static String capacity(String id) {
    return "/shelters/" + id + "/capacity";
  }

  private static String close(String id) {
    return "/shelters/" + id + "/close";
  }

  private static String closeBody() {
    return "{\"closedOn\": \"2024-03-31\", \"reason\": \"Fin del convenio\"}";
  }

  private static String registerBody(String id, int capacity) {
    return """
        {"shelterId": "%s", "name": "CAT Cancún", "kind": "CAT",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": %d, "servesMinors": true}
        """
        .formatted(id, capacity);
  }
}
