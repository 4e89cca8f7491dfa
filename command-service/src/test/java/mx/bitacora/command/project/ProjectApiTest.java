package mx.bitacora.command.project;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project API end to end against PostgreSQL: status codes, problems, nothing stored on refusal.
 */
@CommandServiceTest
class ProjectApiTest {

  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String SEGOB_STAFF = DevTokens.mint("segob-1", "segob", "AGENCY_STAFF");
  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void theWholeLifecycle_isAccepted_inOrder() {
    UUID id = UUID.randomUUID();
    var opened = api.post("/projects", openBody(id, "2023-12-31"), UNODC_STAFF);
    assertThat(status(opened)).as(opened.getBody()).isEqualTo(201);
    assertThat(opened.getHeaders().getLocation()).hasToString("/projects/" + id);
    assertThat(status(api.post(beneficiaries(id), addBody("refugio-sureste"), SEGOB_STAFF)))
        .isEqualTo(200);
    var removed = api.delete(beneficiaries(id) + "/cat-cancun", SEGOB_STAFF);
    assertThat(status(removed)).as(removed.getBody()).isEqualTo(200);
    assertThat(status(api.post(close(id), "{\"closedOn\": \"2023-12-31\"}", UNODC_STAFF)))
        .isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  @Test
  void aMalformedShelterSlug_answers400() throws Exception {
    UUID id = opened();

    api.assertProblem(
        api.post(beneficiaries(id), addBody("Refugio Secreto"), UNODC_STAFF),
        400,
        "MALFORMED_BODY");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void anAgencyThatIsNotAParty_mayNotOpen_andNothingIsStored() throws Exception {
    UUID id = UUID.randomUUID();

    api.assertProblem(
        api.post("/projects", openBody(id, "2023-12-31"), FISCALIA_STAFF),
        403,
        "NOT_A_PROJECT_PARTY");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void reusingAnIdForADifferentProject_answers409() throws Exception {
    UUID id = opened();

    api.assertProblem(
        api.post("/projects", openBody(id, "2024-12-31"), UNODC_STAFF),
        409,
        "PROJECT_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void aPeriodEndingBeforeItStarts_answers409_andStoresNothing() throws Exception {
    UUID id = UUID.randomUUID();

    api.assertProblem(
        api.post("/projects", openBody(id, "2021-12-31"), UNODC_STAFF),
        409,
        "PROJECT_ENDS_BEFORE_START");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void addingABeneficiaryTwice_answers409() throws Exception {
    UUID id = opened();

    api.assertProblem(
        api.post(beneficiaries(id), addBody("cat-cancun"), UNODC_STAFF),
        409,
        "SHELTER_ALREADY_BENEFICIARY");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void removingAShelterThatIsNotABeneficiary_answers409() throws Exception {
    UUID id = opened();

    api.assertProblem(
        api.delete(beneficiaries(id) + "/refugio-sureste", UNODC_STAFF),
        409,
        "SHELTER_NOT_A_BENEFICIARY");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void nothingAfterClosing_answers409_inEnglishOnRequest() throws Exception {
    UUID id = opened();
    api.post(close(id), "{\"closedOn\": \"2023-12-31\"}", UNODC_STAFF);

    JsonNode problem =
        api.assertProblem(
            api.post(beneficiaries(id), addBody("refugio-sureste"), UNODC_STAFF, "en"),
            409,
            "PROJECT_CLOSED");
    assertThat(problem.path("title").asText()).isEqualTo("Project closed");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  private UUID opened() {
    UUID id = UUID.randomUUID();
    assertThat(status(api.post("/projects", openBody(id, "2023-12-31"), UNODC_STAFF)))
        .isEqualTo(201);
    return id;
  }

  private long eventsOf(UUID id) {
    return api.eventsOf("project:" + id);
  }

  private static String beneficiaries(UUID id) {
    return "/projects/" + id + "/beneficiaries";
  }

  private static String close(UUID id) {
    return "/projects/" + id + "/close";
  }

  private static String addBody(String shelter) {
    return "{\"shelterId\": \"" + shelter + "\"}";
  }

  private static String openBody(UUID id, String endsOn) {
    return """
        {"projectId": "%s",
         "name": "Fortalecimiento de Albergues, Refugios y Casas de Medio Camino",
         "funderAgency": "inl", "implementerAgency": "unodc-mexico", "coordinatorAgency": "segob",
         "beneficiaryShelters": ["cat-cancun"], "startsOn": "2022-01-01", "endsOn": "%s"}
        """
        .formatted(id, endsOn);
  }
}
