package mx.bitacora.command.referral;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receiving shelter of a referral, end to end: 409 problems for a shelter that is not
 * registered, closed, or not the receiving agency's; 201 with the warning RECEIVING_SHELTER_FULL
 * (in Spanish or English) when no place is free, the event saying so; no warning once a place is
 * free again. Each test registers a shelter of its own.
 */
@CommandServiceTest
class ReceivingShelterApiTest {

  private static final String FISCALIA =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String GOBIERNO =
      DevTokens.mint("gob-1", "gobierno-quintana-roo", "AGENCY_STAFF");

  @Autowired private CommandApi api;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void aReferralToAShelterWithAFreePlace_answers201_withoutWarnings() throws Exception {
    String shelter = shelter(2);

    ResponseEntity<String> issued = issue(UUID.randomUUID(), shelter);

    assertThat(status(issued)).as(issued.getBody()).isEqualTo(201);
    assertThat(json.readTree(issued.getBody()).path("warnings").isEmpty()).isTrue();
  }

  @Test
  void aReferralToAFullShelter_isIssued_andAnsweredWithAWarning_inTheCallersLanguage()
      throws Exception {
    String shelter = shelter(1);
    UUID first = UUID.randomUUID();
    assertThat(status(issue(first, shelter))).isEqualTo(201);
    assertThat(status(api.post(action(first, "accept"), null, DIF))).isEqualTo(200);
    UUID second = UUID.randomUUID();

    ResponseEntity<String> issued = issue(second, shelter);

    assertThat(status(issued)).as(issued.getBody()).isEqualTo(201);
    JsonNode warning = json.readTree(issued.getBody()).path("warnings").path(0);
    assertThat(warning.path("code").asText()).isEqualTo("RECEIVING_SHELTER_FULL");
    assertThat(warning.path("detail").asText()).contains("no tiene lugares libres");
    assertThat(json.readTree(payloadOf(second)).path("receivingShelterFull").asBoolean()).isTrue();
    assertThat(json.readTree(payloadOf(first)).path("receivingShelterFull").asBoolean()).isFalse();

    ResponseEntity<String> inEnglish =
        api.post(
            "/referrals", ReferralApiTest.issueBody(second).replace(CAT, shelter), FISCALIA, "en");
    assertThat(status(inEnglish)).as("a retry, answered as the first").isEqualTo(201);
    assertThat(json.readTree(inEnglish.getBody()).path("warnings").path(0).path("detail").asText())
        .contains("has no free place");
    assertThat(api.eventsOf(second.toString())).isEqualTo(1);
  }

  @Test
  void anOnwardReferralToAFullShelter_isAnsweredWithTheWarningToo() throws Exception {
    String gobiernos = shelter(1, "gobierno-quintana-roo", GOBIERNO);
    UUID filling = UUID.randomUUID();
    String toGobierno =
        ReferralApiTest.issueBody(filling)
            .replace(CAT, gobiernos)
            .replace("\"dif-benito-juarez\"", "\"gobierno-quintana-roo\"");
    assertThat(status(api.post("/referrals", toGobierno, FISCALIA))).isEqualTo(201);
    assertThat(status(api.post(action(filling, "accept"), null, GOBIERNO))).isEqualTo(200);
    UUID first = UUID.randomUUID();
    assertThat(status(issue(first, CAT))).isEqualTo(201);
    assertThat(status(api.post(action(first, "accept"), null, DIF))).isEqualTo(200);
    UUID onward = UUID.randomUUID();

    ResponseEntity<String> referred =
        api.post(
            action(first, "onward"),
            """
            {"referralId": "%s", "receivingAgency": "gobierno-quintana-roo",
             "receivingShelter": "%s", "service": "SHELTER", "urgency": "URGENT",
             "consent": {"givenOn": "2022-11-01", "scope": "REQUESTED_SERVICE_ONLY"},
             "carryVictimDetails": false}
            """
                .formatted(onward, gobiernos),
            DIF);

    assertThat(status(referred)).as(referred.getBody()).isEqualTo(201);
    assertThat(json.readTree(referred.getBody()).at("/warnings/0/code").asText())
        .isEqualTo("RECEIVING_SHELTER_FULL");
    assertThat(json.readTree(payloadOf(onward)).path("receivingShelterFull").asBoolean()).isTrue();
  }

  @Test
  void closingTheAcceptedReferral_freesThePlace_andTheNextReferralHasNoWarning() throws Exception {
    String shelter = shelter(1);
    UUID first = UUID.randomUUID();
    assertThat(status(issue(first, shelter))).isEqualTo(201);
    assertThat(status(api.post(action(first, "accept"), null, DIF))).isEqualTo(200);
    assertThat(
            status(
                api.post(
                    action(first, "close"),
                    "{\"outcome\": \"SUCCESSFUL\", \"reason\": \"SERVICE_PROVIDED\"}",
                    DIF)))
        .isEqualTo(200);

    ResponseEntity<String> issued = issue(UUID.randomUUID(), shelter);

    assertThat(status(issued)).as(issued.getBody()).isEqualTo(201);
    assertThat(json.readTree(issued.getBody()).path("warnings").isEmpty()).isTrue();
  }

  @Test
  void aShelterNotRegistered_answers409_andStoresNothing() throws Exception {
    UUID id = UUID.randomUUID();

    JsonNode problem =
        api.assertProblem(
            issue(id, "albergue-inexistente-" + suffix()), 409, "REFERRAL_SHELTER_NOT_REGISTERED");

    assertThat(problem.path("detail").asText()).contains("no está registrado");
    assertThat(api.eventsOf(id.toString())).isZero();
  }

  @Test
  void aClosedShelter_answers409() throws Exception {
    String shelter = shelter(5);
    assertThat(
            status(
                api.post(
                    "/shelters/" + shelter + "/close",
                    "{\"closedOn\": \"%s\", \"reason\": \"Fin del convenio\"}"
                        .formatted(java.time.LocalDate.now().minusDays(1)),
                    DIF)))
        .isEqualTo(200);

    api.assertProblem(issue(UUID.randomUUID(), shelter), 409, "REFERRAL_SHELTER_CLOSED");
  }

  @Test
  void aShelterOfAnotherAgency_answers409_inEnglishToo() throws Exception {
    String shelter = shelter(5);
    UUID id = UUID.randomUUID();
    String toUnodc =
        ReferralApiTest.issueBody(id)
            .replace(CAT, shelter)
            .replace("\"dif-benito-juarez\"", "\"unodc-mexico\"");

    JsonNode problem =
        api.assertProblem(
            api.post("/referrals", toUnodc, FISCALIA, "en"),
            409,
            "REFERRAL_SHELTER_NOT_OF_RECEIVER");

    assertThat(problem.path("detail").asText()).contains("not operated by the receiving agency");
    assertThat(api.eventsOf(id.toString())).isZero();
  }

  static final String CAT = "cat-cancun";

  /** Registers a shelter of the DIF's with {@code capacity} places; its id. */
  private String shelter(int capacity) {
    return shelter(capacity, "dif-benito-juarez", DIF);
  }

  /** Registers a shelter of {@code operator}'s, by its staff, with {@code capacity} places. */
  private String shelter(int capacity, String operator, String operatorsStaff) {
    String id = "albergue-prueba-" + suffix();
    ResponseEntity<String> registered =
        api.post(
            "/shelters",
            """
            {"shelterId": "%s", "name": "Albergue de prueba", "kind": "ALBERGUE",
             "operatingAgency": "%s", "municipality": "Benito Juárez",
             "state": "Quintana Roo", "capacity": %d, "servesMinors": true}
            """
                .formatted(id, operator, capacity),
            operatorsStaff);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    return id;
  }

  private ResponseEntity<String> issue(UUID id, String shelter) {
    return api.post("/referrals", ReferralApiTest.issueBody(id).replace(CAT, shelter), FISCALIA);
  }

  private byte[] payloadOf(UUID id) {
    return jdbc.queryForObject(
        "select payload from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = 0",
        byte[].class,
        id.toString());
  }

  private static String action(UUID id, String action) {
    return "/referrals/" + id + "/" + action;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
