package mx.bitacora.command.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receiver refers the person on to a third agency through the API against PostgreSQL: the same
 * case under the first issuer's key, a consent no wider, the details carried only when asked (the
 * carrying recorded in the access log), each party reading only its own part.
 */
@CommandServiceTest
class OnwardReferralTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String GOBIERNO_STAFF =
      DevTokens.mint("gob-1", "gobierno-quintana-roo", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String NOTES = "Requiere acompañamiento para trámites migratorios.";

  @Autowired private CommandApi api;
  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void theReceiverRefersOn_withTheDetailsCarried_andEachPartyReadsOnlyItsOwnPart()
      throws Exception {
    UUID first = acceptedReferral("ONWARD-CARRIED-0001");
    UUID onward = UUID.randomUUID();

    ResponseEntity<String> referred =
        api.post(
            "/referrals/" + first + "/onward",
            onwardBody(onward, "REQUESTED_SERVICE_ONLY", true),
            DIF_STAFF);

    assertThat(referred.getStatusCode().value()).as(referred.getBody()).isEqualTo(201);
    JsonNode issued = storedIssue(onward);
    assertThat(issued.path("onwardFrom").asText()).isEqualTo(first.toString());
    assertThat(issued.path("issuingAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(issued.path("caseIssuingAgency").asText()).isEqualTo("fiscalia-quintana-roo");
    assertThat(issued.toString()).doesNotContain(NOTES);
    ResponseEntity<String> thirdReads = read(onward, "CARE", GOBIERNO_STAFF);
    assertThat(thirdReads.getStatusCode().value()).as(thirdReads.getBody()).isEqualTo(200);
    assertThat(json.readTree(thirdReads.getBody()).path("victimDetails").path("notes").asText())
        .isEqualTo(NOTES);
    // The third agency has no part in the first referral, the first issuer none in the onward one.
    api.assertProblem(read(first, "CARE", GOBIERNO_STAFF), 404, "REFERRAL_NOT_FOUND");
    api.assertProblem(read(onward, "CARE", FISCALIA_STAFF), 404, "REFERRAL_NOT_FOUND");
    JsonNode carrying =
        json.readTree(
            jdbc.queryForObject(
                "SELECT entry::text FROM integrity.access_log"
                    + " WHERE entry ->> 'view' = ? AND entry -> 'filter' ->> 'onwardReferralId' = ?",
                String.class,
                SealedReferralWrites.ONWARD_VIEW,
                onward.toString()));
    assertThat(carrying.path("actorAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(carrying.path("cases").get(0).path("issuingAgency").asText())
        .isEqualTo("fiscalia-quintana-roo");
  }

  @Test
  void withoutCarrying_theOnwardReferralHoldsNoDetails() throws Exception {
    UUID first = acceptedReferral("ONWARD-BARE-0001");
    UUID onward = UUID.randomUUID();

    assertThat(
            api.post(
                    "/referrals/" + first + "/onward",
                    onwardBody(onward, "REQUESTED_SERVICE_ONLY", false),
                    DIF_STAFF)
                .getStatusCode()
                .value())
        .isEqualTo(201);

    assertThat(storedIssue(onward).hasNonNull("victimDetails")).isFalse();
    JsonNode read = json.readTree(read(onward, "CARE", GOBIERNO_STAFF).getBody());
    assertThat(read.path("referralId").asText()).isEqualTo(onward.toString());
    assertThat(read.hasNonNull("victimDetails")).isFalse();
  }

  @Test
  void onlyTheReceiver_onceItAccepted_underAConsentNoWider_refersOn() throws Exception {
    UUID first = issue("ONWARD-REFUSED-0001");
    String body = onwardBody(UUID.randomUUID(), "REQUESTED_SERVICE_ONLY", true);

    api.assertProblem(
        api.post("/referrals/" + first + "/onward", body, DIF_STAFF), 409, "REFERRAL_NOT_ACCEPTED");
    assertThat(api.post("/referrals/" + first + "/accept", null, DIF_STAFF).getStatusCode().value())
        .isEqualTo(200);
    api.assertProblem(
        api.post("/referrals/" + first + "/onward", body, FISCALIA_STAFF),
        403,
        "NOT_THE_REFERRAL_RECEIVER");
    api.assertProblem(
        api.post("/referrals/" + first + "/onward", body, GOBIERNO_STAFF),
        404,
        "REFERRAL_NOT_FOUND");
    api.assertProblem(
        api.post(
            "/referrals/" + first + "/onward",
            onwardBody(UUID.randomUUID(), "SERVICE_FOLLOW_UP_AND_PROCEEDINGS", true),
            DIF_STAFF),
        409,
        "ONWARD_CONSENT_WIDER");
    assertThat(
            api.post(
                    "/referrals/" + first + "/consent/withdrawal",
                    "{\"withdrawnOn\": \"2022-11-02\"}",
                    FISCALIA_STAFF)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    api.assertProblem(
        api.post("/referrals/" + first + "/onward", body, DIF_STAFF), 403, "CONSENT_WITHDRAWN");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry"
                    + " WHERE payload_type LIKE '%ReferralIssuedEvent' AND convert_from(payload,"
                    + " 'UTF8') LIKE ?",
                Long.class, "%\"onwardFrom\":\"" + first + "\"%"))
        .isZero();
  }

  @Test
  void erasingTheFirstIssuersCase_makesTheOnwardDetailsUnreadableToo() throws Exception {
    UUID first = acceptedReferral("ONWARD-ERASED-0001");
    UUID onward = UUID.randomUUID();
    api.post(
        "/referrals/" + first + "/onward",
        onwardBody(onward, "REQUESTED_SERVICE_ONLY", true),
        DIF_STAFF);
    assertThat(read(onward, "CARE", GOBIERNO_STAFF).getStatusCode().value()).isEqualTo(200);

    assertThat(
            api.post(
                    "/cases/ONWARD-ERASED-0001/erase?issuingAgency=fiscalia-quintana-roo",
                    null,
                    ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    for (String token : List.of(GOBIERNO_STAFF, DIF_STAFF)) {
      api.assertProblem(read(onward, "CARE", token), 410, "CASE_DATA_ERASED");
    }
  }

  @Test
  void withdrawingTheFirstConsent_refusesReadsOfTheOnwardReferral_andTheRefusalIsLogged()
      throws Exception {
    UUID first = acceptedReferral("ONWARD-WITHDRAWN-0001");
    UUID onward = referredOn(first);
    assertThat(read(onward, "CARE", GOBIERNO_STAFF).getStatusCode().value()).isEqualTo(200);

    assertThat(
            api.post(
                    "/referrals/" + first + "/consent/withdrawal",
                    "{\"withdrawnOn\": \"2022-11-02\"}",
                    FISCALIA_STAFF)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    // The victim withdrew consent for the case: neither party of the onward referral reads it.
    api.assertProblem(read(onward, "CARE", GOBIERNO_STAFF), 403, "CONSENT_WITHDRAWN");
    api.assertProblem(read(onward, "CARE", DIF_STAFF), 403, "CONSENT_WITHDRAWN");
    api.assertProblem(readNotes(onward, GOBIERNO_STAFF), 403, "CONSENT_WITHDRAWN");
    List<JsonNode> reads = accessLogEntries(onward);
    assertThat(reads)
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(true, false, false, false);
    JsonNode refusal = reads.get(1);
    assertThat(refusal.path("actorAgency").asText()).isEqualTo("gobierno-quintana-roo");
    assertThat(refusal.path("cases").get(0).path("caseReference").asText())
        .isEqualTo("ONWARD-WITHDRAWN-0001");
  }

  /** An onward referral of {@code first} to the Gobierno, the details carried; its id. */
  private UUID referredOn(UUID first) {
    UUID onward = UUID.randomUUID();
    ResponseEntity<String> referred =
        api.post(
            "/referrals/" + first + "/onward",
            onwardBody(onward, "REQUESTED_SERVICE_ONLY", true),
            DIF_STAFF);
    assertThat(referred.getStatusCode().value()).as(referred.getBody()).isEqualTo(201);
    return onward;
  }

  /** The access log's entries of reads of a referral's sealed parts, in log order. */
  private List<JsonNode> accessLogEntries(UUID referral) throws Exception {
    List<JsonNode> entries = new java.util.ArrayList<>();
    for (String entry :
        jdbc.queryForList(
            "SELECT entry::text FROM integrity.access_log"
                + " WHERE entry -> 'filter' ->> 'referralId' = ? ORDER BY position",
            String.class,
            referral.toString())) {
      entries.add(json.readTree(entry));
    }
    return entries;
  }

  private ResponseEntity<String> readNotes(UUID referral, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(
        "/referrals/" + referral + "/case-notes?purpose=CARE",
        HttpMethod.GET,
        new HttpEntity<>(headers),
        String.class);
  }

  private UUID acceptedReferral(String caseReference) {
    UUID id = issue(caseReference);
    assertThat(api.post("/referrals/" + id + "/accept", null, DIF_STAFF).getStatusCode().value())
        .isEqualTo(200);
    return id;
  }

  private UUID issue(String caseReference) {
    UUID id = UUID.randomUUID();
    String body =
        """
        {
          "referralId": "%s",
          "caseReference": "%s",
          "receivingAgency": "dif-benito-juarez",
          "service": "SHELTER",
          "urgency": "URGENT",
          "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
          "victimDetails": {"notes": "%s", "age": 16}
        }
        """
            .formatted(id, caseReference, NOTES);
    ResponseEntity<String> issued = api.post("/referrals", body, FISCALIA_STAFF);
    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
    return id;
  }

  private static String onwardBody(UUID onward, String scope, boolean carry) {
    return """
        {
          "referralId": "%s",
          "receivingAgency": "gobierno-quintana-roo",
          "service": "LEGAL",
          "urgency": "ROUTINE",
          "consent": {"givenOn": "2022-11-01", "scope": "%s"},
          "carryVictimDetails": %s
        }
        """
        .formatted(onward, scope, carry);
  }

  private JsonNode storedIssue(UUID referral) throws Exception {
    return json.readTree(
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0",
            String.class,
            referral.toString()));
  }

  private ResponseEntity<String> read(UUID referral, String purpose, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(
        "/referrals/" + referral + "/victim-details?purpose=" + purpose,
        HttpMethod.GET,
        new HttpEntity<>(headers),
        String.class);
  }
}
