package mx.bitacora.command.agency;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Only registered, active agencies write or are named: staff of an unknown or deactivated agency
 * are refused with 403, a command naming such an agency with 422, and nothing is stored.
 */
@CommandServiceTest
class ActiveAgencyApiTest {

  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void staffOfAnAgencyNeverRegistered_mayNotWrite_andNothingIsStored() throws Exception {
    String agency = newSlug("agencia");
    String shelter = newSlug("albergue");
    long before = api.allEvents();

    ResponseEntity<String> refused =
        api.post("/shelters", shelterBody(shelter, agency), staffOf(agency));

    api.assertProblem(refused, 403, "ACTING_AGENCY_NOT_ACTIVE");
    assertThat(refused.getBody()).doesNotContain(agency).doesNotContain(shelter);
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void staffOfADeactivatedAgency_mayNoLongerWrite() throws Exception {
    String agency = registeredAgency();
    String shelter = newSlug("albergue");
    String staff = staffOf(agency);
    assertThat(status(api.post("/shelters", shelterBody(shelter, agency), staff))).isEqualTo(201);
    deactivate(agency);

    api.assertProblem(
        api.post("/shelters/" + shelter + "/capacity", "{\"capacity\": 30}", staff),
        403,
        "ACTING_AGENCY_NOT_ACTIVE");
    api.assertProblem(
        api.post("/shelters", shelterBody(newSlug("albergue"), agency), staff),
        403,
        "ACTING_AGENCY_NOT_ACTIVE");
    assertThat(api.eventsOf("shelter:" + shelter)).isEqualTo(1);
  }

  @Test
  void aShelterOperatedByAnUnregisteredAgency_answers422_andNothingIsStored() throws Exception {
    String agency = newSlug("agencia");
    String shelter = newSlug("albergue");

    ResponseEntity<String> refused = api.post("/shelters", shelterBody(shelter, agency), ADMIN);

    api.assertProblem(refused, 422, "AGENCY_NOT_ACTIVE");
    assertThat(refused.getBody()).doesNotContain(agency);
    assertThat(api.eventsOf("shelter:" + shelter)).isZero();
  }

  @Test
  void aProjectNamingADeactivatedAgency_answers422_andNothingIsStored() throws Exception {
    String agency = registeredAgency();
    deactivate(agency);
    UUID project = UUID.randomUUID();

    api.assertProblem(
        api.post("/projects", projectBody(project, "inl", agency), UNODC_STAFF),
        422,
        "AGENCY_NOT_ACTIVE");
    assertThat(api.eventsOf("project:" + project)).isZero();
    assertThat(status(api.post("/projects", projectBody(project, "inl", "segob"), UNODC_STAFF)))
        .isEqualTo(201);
  }

  @Test
  void aReferralToAnAgencyNeverRegistered_answers422_inSpanish_withoutEchoingIt() throws Exception {
    String agency = newSlug("agencia");
    long before = api.allEvents();

    ResponseEntity<String> refused =
        api.post("/referrals", referralBody(UUID.randomUUID(), agency), DIF_STAFF, "es");

    api.assertProblem(refused, 422, "AGENCY_NOT_ACTIVE");
    assertThat(json.readTree(refused.getBody()).path("detail").asText())
        .contains("dependencia")
        .doesNotContain(agency);
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void aDeliveryWhoseWitnessesAgencyIsDeactivated_answers422_andNothingIsStored() throws Exception {
    String agency = registeredAgency();
    deactivate(agency);
    UUID delivery = UUID.randomUUID();

    api.assertProblem(
        api.post("/deliveries", deliveryBody(delivery, agency), UNODC_STAFF),
        422,
        "AGENCY_NOT_ACTIVE");
    assertThat(api.eventsOf(delivery.toString())).isZero();
  }

  @Test
  void aPlatformAdministrator_registersAgencies_forThePlatform_whateverTheirAgency() {
    String admin = DevTokens.mint("admin-2", newSlug("sin-registro"), "PLATFORM_ADMIN");
    String agency = newSlug("agencia");

    assertThat(status(api.post("/agencies", agencyBody(agency), admin))).isEqualTo(201);
    assertThat(status(api.post("/agencies/" + agency + "/deactivate", reason(), admin)))
        .isEqualTo(200);
  }

  private String registeredAgency() {
    String agency = newSlug("agencia");
    assertThat(status(api.post("/agencies", agencyBody(agency), ADMIN))).isEqualTo(201);
    return agency;
  }

  private void deactivate(String agency) {
    assertThat(status(api.post("/agencies/" + agency + "/deactivate", reason(), ADMIN)))
        .isEqualTo(200);
  }

  private static String staffOf(String agency) {
    return DevTokens.mint("staff-" + agency, agency, "AGENCY_STAFF");
  }

  private static String newSlug(String prefix) {
    return prefix
        + "-"
        + COUNTER.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 6);
  }

  private static String reason() {
    return "{\"reason\": \"Fusionada\"}";
  }

  private static String agencyBody(String agency) {
    return """
        {"agencyId": "%s", "name": "Refugio Civil", "acronym": "RC", "kind": "CIVIL_SOCIETY",
         "level": "STATE", "state": "Quintana Roo"}
        """
        .formatted(agency);
  }

  private static String shelterBody(String shelter, String operatingAgency) {
    return """
        {"shelterId": "%s", "name": "Albergue", "kind": "CAT", "operatingAgency": "%s",
         "municipality": "Benito Juárez", "state": "Quintana Roo", "capacity": 24,
         "servesMinors": true}
        """
        .formatted(shelter, operatingAgency);
  }

  private static String projectBody(UUID project, String funder, String coordinator) {
    return """
        {"projectId": "%s", "name": "Fortalecimiento de Albergues",
         "funderAgency": "%s", "implementerAgency": "unodc-mexico", "coordinatorAgency": "%s",
         "beneficiaryShelters": ["cat-cancun"], "startsOn": "2022-01-01", "endsOn": "2023-12-31"}
        """
        .formatted(project, funder, coordinator);
  }

  private static String deliveryBody(UUID delivery, String witnessAgency) {
    return """
        {"deliveryId": "%s", "fundingAgency": "inl", "deliveringAgencies": ["unodc-mexico"],
         "receivingShelter": "cat-cancun", "receivingAgency": "dif-benito-juarez",
         "occurredOn": "2022-10-21",
         "items": [{"description": "Kits de higiene", "quantity": 50, "unit": "kit"}],
         "witnesses": [{"title": "Directora de Programas", "agency": "%s"}]}
        """
        .formatted(delivery, witnessAgency);
  }

  private static String referralBody(UUID referral, String receivingAgency) {
    return """
        {"referralId": "%s", "caseReference": "QROO-2022-0147", "receivingAgency": "%s",
         "receivingShelter": "cat-cancun", "service": "SHELTER", "urgency": "EMERGENCY",
         "consent": {"givenOn": "2022-10-20", "scope": "REQUESTED_SERVICE_ONLY"},
         "victimDetails": {"notes": "Llegó acompañada", "age": 14, "sex": "F",
                           "nationality": "Guatemalteca"}}
        """
        .formatted(referral, receivingAgency);
  }
}
