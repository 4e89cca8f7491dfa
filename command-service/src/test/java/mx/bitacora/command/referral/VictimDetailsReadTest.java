package mx.bitacora.command.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Reading a referral's sealed victim details through the API against PostgreSQL: who may, for which
 * purpose, under which consent; every read and every refusal in the access log before the answer;
 * {@code no-store}; 410 after erasure.
 */
@CommandServiceTest
class VictimDetailsReadTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String NOTES = "Llegó con su hermana; requiere atención médica.";

  @Autowired private CommandApi api;
  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void theIssuer_readsForAnyPurpose_notStored_andTheReadIsRecordedFirst() throws Exception {
    UUID referral = issue("READ-ISSUER-0001");

    ResponseEntity<String> read = read(referral, "LEGAL_PROCEEDINGS", FISCALIA_STAFF);

    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
    assertThat(read.getHeaders().getCacheControl()).contains("no-store");
    JsonNode body = json.readTree(read.getBody());
    assertThat(body.path("victimDetails").path("notes").asText()).isEqualTo(NOTES);
    assertThat(body.path("victimDetails").path("age").asInt()).isEqualTo(15);
    assertThat(body.path("purpose").asText()).isEqualTo("LEGAL_PROCEEDINGS");
    JsonNode entry = onlyEntry(referral);
    assertThat(entry.path("view").asText()).isEqualTo(ReferralDetailsReads.DETAILS_VIEW);
    assertThat(entry.path("actor").asText()).isEqualTo("fis-1");
    assertThat(entry.path("allowed").asBoolean()).isTrue();
    assertThat(entry.path("filter").path("purpose").asText()).isEqualTo("LEGAL_PROCEEDINGS");
    assertThat(entry.path("cases").get(0).path("caseReference").asText())
        .isEqualTo("READ-ISSUER-0001");
    assertThat(texts(entry.path("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
    assertThat(entry.toString()).doesNotContain(NOTES);
  }

  @Test
  void theReceiver_readsWithinTheConsent_andIsRefusedBeyondIt_eachAttemptRecorded()
      throws Exception {
    UUID referral = issue("READ-RECEIVER-0001");

    assertThat(read(referral, "INTAKE", DIF_STAFF).getStatusCode().value()).isEqualTo(200);
    api.assertProblem(
        read(referral, "LEGAL_PROCEEDINGS", DIF_STAFF), 403, "PURPOSE_NOT_COVERED_BY_CONSENT");

    List<JsonNode> entries = entries(referral);
    assertThat(entries)
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(true, false);
    assertThat(entries)
        .extracting(entry -> entry.path("filter").path("purpose").asText())
        .containsExactly("INTAKE", "LEGAL_PROCEEDINGS");
  }

  @Test
  void anotherAgency_getsNotFound_asForAnUnknownReferral_andBothAttemptsAreRecorded()
      throws Exception {
    UUID referral = issue("READ-OTHER-0001");
    UUID unknown = UUID.randomUUID();

    api.assertProblem(read(referral, "CARE", UNODC_STAFF), 404, "REFERRAL_NOT_FOUND");
    api.assertProblem(read(unknown, "CARE", UNODC_STAFF), 404, "REFERRAL_NOT_FOUND");

    JsonNode attempt = onlyEntry(referral);
    assertThat(attempt.path("allowed").asBoolean()).isFalse();
    // The owning agencies see that someone tried.
    assertThat(texts(attempt.path("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
    assertThat(onlyEntry(unknown).path("cases")).isEmpty();
  }

  @Test
  void anAuditor_readsOnlyByBreakingGlass_otherRolesNever() throws Exception {
    UUID referral = issue("READ-AUDIT-0001");

    api.assertProblem(read(referral, "CARE", AUDITOR), 403, "BREAK_GLASS_REASON_REQUIRED");
    ResponseEntity<String> brokenGlass =
        read(referral, "LEGAL_PROCEEDINGS", AUDITOR, "Queja 12-2022 (revision)");
    assertThat(brokenGlass.getStatusCode().value()).as(brokenGlass.getBody()).isEqualTo(200);
    api.assertProblem(read(referral, "CARE", REVIEWER), 403, "FORBIDDEN");
    api.assertProblem(read(referral, "CARE", ADMIN), 403, "FORBIDDEN");

    List<JsonNode> entries = entries(referral);
    assertThat(entries).hasSize(4);
    assertThat(entries.get(1).path("breakGlass").asBoolean()).isTrue();
    assertThat(entries.get(1).path("breakGlassReason").asText())
        .isEqualTo("Queja 12-2022 (revision)");
    assertThat(entries)
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(false, true, false, false);
  }

  @Test
  void afterTheIssuerWithdrawsConsent_theReceiversNextReadIsRefusedAndRecorded_theIssuersIsNot()
      throws Exception {
    UUID referral = issue("READ-WITHDRAWN-0001");
    assertThat(read(referral, "CARE", DIF_STAFF).getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> withdrawal =
        api.post(
            "/referrals/" + referral + "/consent/withdrawal",
            "{\"withdrawnOn\": \"2022-11-02\"}",
            FISCALIA_STAFF);
    assertThat(withdrawal.getStatusCode().value()).as(withdrawal.getBody()).isEqualTo(200);

    api.assertProblem(read(referral, "CARE", DIF_STAFF), 403, "CONSENT_WITHDRAWN");
    assertThat(read(referral, "FOLLOW_UP", FISCALIA_STAFF).getStatusCode().value()).isEqualTo(200);
    api.assertProblem(
        api.post(
            "/referrals/" + referral + "/consent/withdrawal",
            "{\"withdrawnOn\": \"2022-11-03\"}",
            FISCALIA_STAFF),
        409,
        "CONSENT_ALREADY_WITHDRAWN");
    assertThat(entries(referral))
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(true, false, true);
  }

  @Test
  void theIssuerNarrowsTheConsent_theReceiverCannot_andNoOneWidensIt() throws Exception {
    UUID referral = issue("READ-NARROWED-0001");
    String serviceOnly =
        "{\"consent\": {\"givenOn\": \"2022-11-02\", \"scope\": \"REQUESTED_SERVICE_ONLY\"}}";
    String wider =
        "{\"consent\": {\"givenOn\": \"2022-11-02\", \"scope\":"
            + " \"SERVICE_FOLLOW_UP_AND_PROCEEDINGS\"}}";

    api.assertProblem(
        api.post("/referrals/" + referral + "/consent/narrowing", serviceOnly, DIF_STAFF),
        403,
        "NOT_THE_REFERRAL_ISSUER");
    api.assertProblem(
        api.post("/referrals/" + referral + "/consent/narrowing", wider, FISCALIA_STAFF),
        409,
        "CONSENT_NOT_NARROWER");
    assertThat(read(referral, "FOLLOW_UP", DIF_STAFF).getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> narrowed =
        api.post("/referrals/" + referral + "/consent/narrowing", serviceOnly, FISCALIA_STAFF);
    assertThat(narrowed.getStatusCode().value()).as(narrowed.getBody()).isEqualTo(200);

    api.assertProblem(
        read(referral, "FOLLOW_UP", DIF_STAFF), 403, "PURPOSE_NOT_COVERED_BY_CONSENT");
    assertThat(read(referral, "CARE", DIF_STAFF).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void afterTheCaseIsErased_readsAnswerGone_andAreRecorded() throws Exception {
    UUID referral = issue("READ-ERASED-0001");
    ResponseEntity<String> erased =
        api.post("/cases/READ-ERASED-0001/erase?issuingAgency=fiscalia-quintana-roo", null, ADMIN);
    assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);

    api.assertProblem(read(referral, "CARE", FISCALIA_STAFF), 410, "CASE_DATA_ERASED");
    api.assertProblem(read(referral, "CARE", DIF_STAFF), 410, "CASE_DATA_ERASED");
    assertThat(entries(referral))
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(false, false);
  }

  @Test
  void aReadWithoutAValidPurpose_isMalformed_andRecordsNothing() throws Exception {
    UUID referral = issue("READ-NOPURPOSE-0001");

    assertThat(
            http.exchange(
                    "/referrals/" + referral + "/victim-details",
                    HttpMethod.GET,
                    new HttpEntity<>(bearer(DIF_STAFF)),
                    String.class)
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(read(referral, "CURIOSITY", DIF_STAFF).getStatusCode().value()).isEqualTo(400);
    assertThat(read(referral, "CARE", DIF_STAFF, "x".repeat(501)).getStatusCode().value())
        .isEqualTo(400);
    assertThat(entries(referral)).isEmpty();
  }

  @Test
  void aReadWhoseEntryCannotBeRecorded_isNotAnswered_andTheDetailsAreNotSent() throws Exception {
    UUID referral = issue("READ-UNRECORDED-0001");
    // The entry is written before anything is opened: while the log refuses it, nothing is sent.
    jdbc.execute(
        "ALTER TABLE integrity.access_log ADD CONSTRAINT refuse_details_reads_test"
            + " CHECK (entry -> 'filter' ->> 'referralId' <> '"
            + referral
            + "') NOT VALID");
    try {
      ResponseEntity<String> read = read(referral, "CARE", DIF_STAFF);
      assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(503);
      assertThat(read.getBody()).doesNotContain(NOTES);
    } finally {
      jdbc.execute("ALTER TABLE integrity.access_log DROP CONSTRAINT refuse_details_reads_test");
    }
    assertThat(entries(referral)).isEmpty();
    assertThat(read(referral, "CARE", DIF_STAFF).getStatusCode().value()).isEqualTo(200);
    assertThat(entries(referral)).hasSize(1);
  }

  @Test
  void manyReadersAtOnce_eachReadRecorded_inOneGaplessChain() throws Exception {
    UUID referral = issue("READ-CONCURRENT-0001");
    long before = lastPosition();
    ExecutorService readers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int reader = 0; reader < 8; reader++) {
        String token = reader % 2 == 0 ? DIF_STAFF : FISCALIA_STAFF;
        for (int i = 0; i < 5; i++) {
          Callable<Integer> read = () -> read(referral, "CARE", token).getStatusCode().value();
          statuses.add(readers.submit(read));
        }
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      readers.shutdownNow();
    }

    assertThat(entries(referral)).hasSize(40);
    List<Long> positions =
        jdbc.queryForList(
            "SELECT position FROM integrity.access_log WHERE position > ? ORDER BY position",
            Long.class,
            before);
    // Gapless: other classes sharing this database may write between, but no position is lost.
    for (int i = 1; i < positions.size(); i++) {
      assertThat(positions.get(i)).isEqualTo(positions.get(i - 1) + 1);
    }
  }

  @Test
  void theIssuerAmendsTheDetails_readersGetTheNewVersion_andBothStaySealedInTheLog()
      throws Exception {
    UUID referral = issue("READ-AMENDED-0001");
    String amendment =
        """
        {"amendmentId": "%s", "victimDetails": {"notes": "Edad corregida tras la entrevista", "age": 16}}
        """
            .formatted(UUID.randomUUID());

    api.assertProblem(
        api.post("/referrals/" + referral + "/victim-details/amendments", amendment, DIF_STAFF),
        403,
        "NOT_THE_REFERRAL_ISSUER");
    ResponseEntity<String> amended =
        api.post(
            "/referrals/" + referral + "/victim-details/amendments", amendment, FISCALIA_STAFF);
    assertThat(amended.getStatusCode().value()).as(amended.getBody()).isEqualTo(200);
    api.assertProblem(
        api.post(
            "/referrals/" + referral + "/victim-details/amendments", amendment, FISCALIA_STAFF),
        409,
        "AMENDMENT_ALREADY_RECORDED");

    JsonNode read = json.readTree(read(referral, "CARE", DIF_STAFF).getBody());
    assertThat(read.path("amendments").asInt()).isEqualTo(1);
    assertThat(read.path("victimDetails").path("age").asInt()).isEqualTo(16);
    assertThat(read.path("victimDetails").path("notes").asText())
        .isEqualTo("Edad corregida tras la entrevista");
    String stored = payloadsOf(referral);
    assertThat(stored).contains("VictimDetailsAmended", "ciphertext");
    assertThat(stored).doesNotContain("Edad corregida", NOTES);
  }

  @Test
  void theReceiverAddsCaseNotes_bothPartiesReadThemWithinTheConsent_eachReadRecorded()
      throws Exception {
    UUID referral = issue("READ-NOTES-0001");
    String note =
        """
        {"noteId": "%s", "note": {"careGiven": "Valoración médica y psicológica", "nextSteps": "Taller"}}
        """
            .formatted(UUID.randomUUID());
    api.assertProblem(
        api.post("/referrals/" + referral + "/case-notes", note, DIF_STAFF),
        409,
        "REFERRAL_NOT_ACCEPTED");
    assertThat(api.post("/referrals/" + referral + "/accept", null, DIF_STAFF).getStatusCode())
        .matches(status -> status.is2xxSuccessful());
    api.assertProblem(
        api.post("/referrals/" + referral + "/case-notes", note, FISCALIA_STAFF),
        403,
        "NOT_THE_REFERRAL_RECEIVER");
    ResponseEntity<String> added =
        api.post("/referrals/" + referral + "/case-notes", note, DIF_STAFF);
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(200);

    ResponseEntity<String> byReceiver = readNotes(referral, "CARE", DIF_STAFF);
    ResponseEntity<String> byIssuer = readNotes(referral, "FOLLOW_UP", FISCALIA_STAFF);
    assertThat(byReceiver.getHeaders().getCacheControl()).contains("no-store");
    for (ResponseEntity<String> read : List.of(byReceiver, byIssuer)) {
      JsonNode notes = json.readTree(read.getBody()).path("notes");
      assertThat(notes).hasSize(1);
      assertThat(notes.get(0).path("careGiven").asText())
          .isEqualTo("Valoración médica y psicológica");
      assertThat(notes.get(0).path("author").asText()).isEqualTo("dif-benito-juarez");
    }
    api.assertProblem(
        readNotes(referral, "LEGAL_PROCEEDINGS", FISCALIA_STAFF),
        403,
        "PURPOSE_NOT_COVERED_BY_CONSENT");
    api.assertProblem(readNotes(referral, "CARE", UNODC_STAFF), 404, "REFERRAL_NOT_FOUND");

    List<JsonNode> entries = entries(referral);
    assertThat(entries)
        .extracting(entry -> entry.path("view").asText())
        .containsOnly(ReferralDetailsReads.NOTES_VIEW);
    assertThat(entries)
        .extracting(entry -> entry.path("allowed").asBoolean())
        .containsExactly(true, true, false, false);
    assertThat(payloadsOf(referral)).doesNotContain("Valoración médica");
  }

  private UUID issue(String caseReference) {
    UUID id = UUID.randomUUID();
    String body =
        """
        {
          "referralId": "%s",
          "caseReference": "%s",
          "receivingAgency": "dif-benito-juarez",
          "receivingShelter": "cat-cancun",
          "service": "SHELTER",
          "urgency": "EMERGENCY",
          "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
          "victimDetails": {"notes": "%s", "age": 15}
        }
        """
            .formatted(id, caseReference, NOTES);
    ResponseEntity<String> issued = api.post("/referrals", body, FISCALIA_STAFF);
    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
    return id;
  }

  private ResponseEntity<String> read(UUID referral, String purpose, String token) {
    return read(referral, purpose, token, null);
  }

  private ResponseEntity<String> read(
      UUID referral, String purpose, String token, String breakGlassReason) {
    HttpHeaders headers = bearer(token);
    if (breakGlassReason != null) {
      headers.set("X-Break-Glass-Reason", breakGlassReason);
    }
    return http.exchange(
        "/referrals/" + referral + "/victim-details?purpose=" + purpose,
        HttpMethod.GET,
        new HttpEntity<>(headers),
        String.class);
  }

  private ResponseEntity<String> readNotes(UUID referral, String purpose, String token) {
    return http.exchange(
        "/referrals/" + referral + "/case-notes?purpose=" + purpose,
        HttpMethod.GET,
        new HttpEntity<>(bearer(token)),
        String.class);
  }

  /** Every stored event payload of the referral, as text. */
  private String payloadsOf(UUID referral) {
    return String.join(
        "\n",
        jdbc.queryForList(
            "SELECT payload_type || ' ' || convert_from(payload, 'UTF8')"
                + " FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
            String.class,
            referral.toString()));
  }

  private static HttpHeaders bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return headers;
  }

  /** The access log's entries about one referral, in log order. */
  private List<JsonNode> entries(UUID referral) throws Exception {
    List<JsonNode> entries = new ArrayList<>();
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

  private JsonNode onlyEntry(UUID referral) throws Exception {
    List<JsonNode> entries = entries(referral);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private long lastPosition() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(position), 0) FROM integrity.access_log", Long.class);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
