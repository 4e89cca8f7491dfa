package mx.bitacora.command.agency;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agency API end to end against PostgreSQL: only platform administrators keep the register. */
@CommandServiceTest
class AgencyApiTest {

  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String STAFF = DevTokens.mint("segob-1", "segob", "AGENCY_STAFF");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");

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
    var registered = api.post("/agencies", registerBody(id, "MUNICIPAL", "Quintana Roo"), ADMIN);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    assertThat(registered.getHeaders().getLocation()).hasToString("/agencies/" + id);
    assertThat(status(api.post(rename(id), renameBody(), ADMIN))).isEqualTo(200);
    assertThat(status(api.post(deactivate(id), "{\"reason\":\"Fusionada\"}", ADMIN)))
        .isEqualTo(200);
    assertThat(api.eventsOf("agency:" + id)).isEqualTo(3);
  }

  @Test
  void anUnknownKind_answers400() throws Exception {
    long before = api.allEvents();
    String body = registerBody(newId(), "MUNICIPAL", "Quintana Roo").replace("MUNICIPAL", "CITY");

    api.assertProblem(api.post("/agencies", body, ADMIN), 400, "MALFORMED_BODY");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void retryingTheSameRegistration_answersAsTheFirstTime() throws Exception {
    String id = registered();

    assertThat(status(api.post("/agencies", registerBody(id, "FEDERAL", null), ADMIN)))
        .isEqualTo(201);
    assertThat(api.eventsOf("agency:" + id)).isEqualTo(1);
  }

  @Test
  void reusingAnIdForADifferentAgency_answers409() throws Exception {
    String id = registered();

    api.assertProblem(
        api.post("/agencies", registerBody(id, "INTERNATIONAL", null), ADMIN),
        409,
        "AGENCY_ALREADY_RECORDED");
    assertThat(api.eventsOf("agency:" + id)).isEqualTo(1);
  }

  @Test
  void aMunicipalAgencyWithoutState_answers409_andStoresNothing() throws Exception {
    String id = newId();

    api.assertProblem(
        api.post("/agencies", registerBody(id, "MUNICIPAL", null), ADMIN),
        409,
        "AGENCY_STATE_REQUIRED");
    assertThat(api.eventsOf("agency:" + id)).isZero();
  }

  @Test
  void renamingADeactivatedAgency_answers409_inSpanish() throws Exception {
    String id = registered();
    api.post(deactivate(id), "{\"reason\":\"Fusionada\"}", ADMIN);

    var spanish =
        api.assertProblem(api.post(rename(id), renameBody(), ADMIN), 409, "AGENCY_DEACTIVATED");
    assertThat(spanish.path("title").asText()).isEqualTo("Dependencia dada de baja");
    assertThat(api.eventsOf("agency:" + id)).isEqualTo(2);
  }

  private String registered() {
    String id = newId();
    assertThat(status(api.post("/agencies", registerBody(id, "FEDERAL", null), ADMIN)))
        .isEqualTo(201);
    return id;
  }

  private static synchronized String newId() {
    return "dependencia-" + (++counter);
  }

  private static String rename(String id) {
    return "/agencies/" + id + "/rename";
  }

  private static String deactivate(String id) {
    return "/agencies/" + id + "/deactivate";
  }

  private static String renameBody() {
    return "{\"name\": \"DIF Benito Juárez\", \"acronym\": \"DIF-BJ\"}";
  }

  private static String registerBody(String id, String level, String state) {
    return """
        {"agencyId": "%s", "name": "DIF Municipal de Benito Juárez", "acronym": "DIF BJ",
         "kind": "MUNICIPAL", "level": "%s", "state": %s}
        """
        .formatted(id, level, state == null ? "null" : "\"" + state + "\"");
  }
}
