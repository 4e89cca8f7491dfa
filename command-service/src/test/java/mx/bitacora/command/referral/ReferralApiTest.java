package mx.bitacora.command.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
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
 * The referral API end to end against PostgreSQL: status codes, RFC 9457 bodies, existence hidden
 * from uninvolved agencies, and that a refused request stores nothing.
 */
@CommandServiceTest
class ReferralApiTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void issue_answers201_andStoresOneEvent_withTheIssuerFromTheToken() throws Exception {
    UUID id = UUID.randomUUID();

    ResponseEntity<String> response = post("/referrals", issueBody(id), bearer(FISCALIA_STAFF));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    assertThat(response.getHeaders().getLocation()).hasToString("/referrals/" + id);
    assertThat(eventsOf(id)).isEqualTo(1);
    JsonNode payload =
        json.readTree(
            jdbc.queryForObject(
                "select payload from event_store.domain_event_entry where aggregate_identifier = ?",
                byte[].class,
                id.toString()));
    assertThat(payload.path("issuingAgency").asText()).isEqualTo("fiscalia-quintana-roo");
    assertThat(payload.path("caseReference").asText()).isEqualTo("QROO-2022-0147");
    assertThat(payload.path("victimDetails").path("ciphertext").asText()).isNotBlank();
    assertThat(payload.path("consent").path("scope").asText()).isEqualTo("REQUESTED_SERVICE_ONLY");
  }

  @Test
  void businessTimesStated_areStoredInTheEvents() throws Exception {
    UUID id = UUID.randomUUID();
    String body =
        issueBody(id)
            .replace("\"urgency\"", "\"issuedAt\": \"2022-10-24T10:00:00-05:00\", \"urgency\"");
    assertThat(status(post("/referrals", body, bearer(FISCALIA_STAFF)))).isEqualTo(201);
    ResponseEntity<String> accepted =
        post(
            action(id, "accept"),
            "{\"answeredAt\": \"2022-10-24T13:30:00-05:00\"}",
            bearer(DIF_STAFF));
    assertThat(status(accepted)).as(accepted.getBody()).isEqualTo(200);

    assertThat(json.readTree(payloadOf(id, 0)).path("issuedAt").asText())
        .isEqualTo("2022-10-24T15:00:00Z");
    assertThat(json.readTree(payloadOf(id, 1)).path("answeredAt").asText())
        .isEqualTo("2022-10-24T18:30:00Z");
  }

  @Test
  void aBusinessTimeInTheFuture_orTooOld_isRefused_andStoresNothing() throws Exception {
    UUID future = UUID.randomUUID();
    String inTheFuture =
        issueBody(future)
            .replace("\"urgency\"", "\"issuedAt\": \"2099-01-01T00:00:00Z\", \"urgency\"");
    CommandApi api = new CommandApi(http, jdbc, json);
    api.assertProblem(
        post("/referrals", inTheFuture, bearer(FISCALIA_STAFF)), 422, "BUSINESS_DATE_IN_FUTURE");
    assertThat(eventsOf(future)).isZero();

    UUID id = issued();
    api.assertProblem(
        post(
            action(id, "decline"),
            "{\"reason\":\"NO_CAPACITY\", \"answeredAt\": \"2001-01-01T00:00:00Z\"}",
            bearer(DIF_STAFF)),
        422,
        "BUSINESS_DATE_TOO_OLD");
    api.assertProblem(
        post(action(id, "accept"), "{\"answeredAt\": \"2099-01-01T00:00:00Z\"}", bearer(DIF_STAFF)),
        422,
        "BUSINESS_DATE_IN_FUTURE");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void theAcceptedPath_isAccepted_inOrder() {
    UUID id = issued();

    assertThat(status(post(action(id, "accept"), null, bearer(DIF_STAFF)))).isEqualTo(200);
    ResponseEntity<String> closed =
        post(
            action(id, "close"),
            "{\"outcome\":\"SUCCESSFUL\",\"reason\":\"SERVICE_PROVIDED\"}",
            bearer(DIF_STAFF));
    assertThat(status(closed)).as(closed.getBody()).isEqualTo(200);
    assertThat(closed.getBody()).contains(id.toString());
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void decline_andWithdraw_areAccepted() {
    UUID declined = issued();
    assertThat(
            status(
                post(
                    action(declined, "decline"),
                    "{\"reason\":\"NO_CAPACITY\"}",
                    bearer(DIF_STAFF))))
        .isEqualTo(200);
    UUID withdrawn = issued();
    assertThat(status(post(action(withdrawn, "withdraw"), null, bearer(FISCALIA_STAFF))))
        .isEqualTo(200);
    assertThat(eventsOf(declined)).isEqualTo(2);
    assertThat(eventsOf(withdrawn)).isEqualTo(2);
  }

  @Test
  void anImplausibleAge_answers400_withoutEchoingTheDetails() throws Exception {
    UUID id = UUID.randomUUID();
    String body = issueBody(id).replace("\"age\": 14", "\"age\": 200");

    ResponseEntity<String> response = post("/referrals", body, bearer(FISCALIA_STAFF));

    JsonNode problem = assertProblem(response, 400, "INVALID_FIELDS");
    assertThat(problem.path("errors").toString()).contains("victimDetails.age");
    // The request id is random and may itself contain "200": judge the rest of the problem.
    ObjectNode echoed = problem.deepCopy();
    echoed.remove("requestId");
    assertThat(echoed.toString()).doesNotContain("200", "Guatemalteca");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void aCaseReferenceThatLooksLikeAName_answers400_withoutEchoingIt() throws Exception {
    UUID id = UUID.randomUUID();
    String body = issueBody(id).replace("QROO-2022-0147", "María Pérez");

    ResponseEntity<String> response = post("/referrals", body, bearer(FISCALIA_STAFF));

    JsonNode problem = assertProblem(response, 400, "MALFORMED_BODY");
    assertThat(problem.path("errors").toString()).contains("caseReference");
    assertThat(response.getBody()).doesNotContain("María", "Pérez");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void anUnknownService_answers400() throws Exception {
    UUID id = UUID.randomUUID();
    String body = issueBody(id).replace("\"SHELTER\"", "\"MASSAGE\"");

    assertProblem(post("/referrals", body, bearer(FISCALIA_STAFF)), 400, "MALFORMED_BODY");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void theIssuerAccepting_answers403_andStoresNothing() throws Exception {
    UUID id = issued();

    assertProblem(
        post(action(id, "accept"), null, bearer(FISCALIA_STAFF)), 403, "NOT_THE_REFERRAL_RECEIVER");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void theReceiverWithdrawing_answers403() throws Exception {
    UUID id = issued();

    assertProblem(
        post(action(id, "withdraw"), null, bearer(DIF_STAFF)), 403, "NOT_THE_REFERRAL_ISSUER");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void closingBeforeAcceptance_answers409_andStoresNothing() throws Exception {
    UUID id = issued();

    assertProblem(
        post(
            action(id, "close"),
            "{\"outcome\":\"SUCCESSFUL\",\"reason\":\"SERVICE_PROVIDED\"}",
            bearer(DIF_STAFF)),
        409,
        "REFERRAL_NOT_ACCEPTED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void withdrawingAfterAcceptance_answers409() throws Exception {
    UUID id = issued();
    post(action(id, "accept"), null, bearer(DIF_STAFF));

    assertProblem(
        post(action(id, "withdraw"), null, bearer(FISCALIA_STAFF)),
        409,
        "REFERRAL_ALREADY_ACCEPTED");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void referringToOwnAgency_answers409() throws Exception {
    UUID id = UUID.randomUUID();
    String body = issueBody(id).replace("dif-benito-juarez", "fiscalia-quintana-roo");

    assertProblem(post("/referrals", body, bearer(FISCALIA_STAFF)), 409, "REFERRAL_TO_OWN_AGENCY");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void retryingTheSameReferral_answersAsTheFirstTime_andStoresNothingMore() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(post("/referrals", issueBody(id), bearer(FISCALIA_STAFF)).getStatusCode().value())
        .isEqualTo(201);

    ResponseEntity<String> retry = post("/referrals", issueBody(id), bearer(FISCALIA_STAFF));

    assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(201);
    assertThat(retry.getHeaders().getLocation()).hasToString("/referrals/" + id);
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void reusingAnIdWithDifferentVictimDetails_answers409_andStoresNothing() throws Exception {
    UUID id = issued();
    String different = issueBody(id).replace("\"age\": 14", "\"age\": 15");

    assertProblem(
        post("/referrals", different, bearer(FISCALIA_STAFF)), 409, "REFERRAL_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void reusingAnIdForADifferentReferral_answers409() throws Exception {
    UUID id = issued();
    String different = issueBody(id).replace("\"EMERGENCY\"", "\"ROUTINE\"");

    assertProblem(
        post("/referrals", different, bearer(FISCALIA_STAFF)), 409, "REFERRAL_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void problems_areSpanishByDefault_andEnglishOnRequest() throws Exception {
    UUID id = issued();
    HttpHeaders english = bearer(FISCALIA_STAFF);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

    JsonNode spanish =
        assertProblem(
            post(action(id, "accept"), null, bearer(FISCALIA_STAFF)),
            403,
            "NOT_THE_REFERRAL_RECEIVER");
    JsonNode inEnglish =
        assertProblem(post(action(id, "accept"), null, english), 403, "NOT_THE_REFERRAL_RECEIVER");

    assertThat(spanish.path("title").asText()).isEqualTo("No es la dependencia receptora");
    assertThat(inEnglish.path("title").asText()).isEqualTo("Not the receiving agency");
  }

  @Test
  void ofThirtyTwoConcurrentConflictingAnswers_exactlyOneWins() throws Exception {
    UUID id = issued();
    List<Callable<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      // Accepts and declines by the receiver, withdrawals by the issuer, interleaved.
      switch (i % 3) {
        case 0 -> answers.add(() -> post(action(id, "accept"), null, bearer(DIF_STAFF)));
        case 1 ->
            answers.add(
                () ->
                    post(action(id, "decline"), "{\"reason\":\"NO_CAPACITY\"}", bearer(DIF_STAFF)));
        default -> answers.add(() -> post(action(id, "withdraw"), null, bearer(FISCALIA_STAFF)));
      }
    }

    new CommandApi(http, jdbc, json)
        .assertExactlyOneWins(
            answers,
            Set.of(
                "REFERRAL_ALREADY_ACCEPTED",
                "REFERRAL_DECLINED",
                "REFERRAL_WITHDRAWN",
                "CONCURRENT_UPDATE"),
            id.toString(),
            0L,
            1L);
  }

  @Test
  void voidingTheAcceptance_answers200_namesTheStoredOriginal_andTheReceiverMayAnswerAgain()
      throws Exception {
    UUID id = issued();
    assertThat(status(post(action(id, "accept"), null, bearer(DIF_STAFF)))).isEqualTo(200);
    assertThat(answerDeadlinesOf(id)).as("an answer leaves its deadline to come due").isEqualTo(1);

    ResponseEntity<String> response = post(voidedFacts(id), voidBody(1), bearer(DIF_STAFF));

    assertThat(status(response)).as(response.getBody()).isEqualTo(200);
    assertThat(response.getBody()).contains(id.toString());
    assertThat(eventsOf(id)).isEqualTo(3);
    JsonNode voiding = json.readTree(payloadOf(id, 2));
    assertThat(voiding.path("original").path("sequenceNumber").asLong()).isEqualTo(1);
    assertThat(voiding.path("original").path("eventId").asText())
        .isEqualTo(eventIdentifierOf(id, 1));
    assertThat(voiding.path("reason").asText()).isEqualTo("Aceptada por error");
    assertThat(json.readTree(metadataOf(id, 2)).path("actorAgency").asText())
        .isEqualTo("dif-benito-juarez");
    assertThat(answerDeadlinesOf(id)).as("the answer deadline starts over").isEqualTo(2);

    assertThat(
            status(post(action(id, "decline"), "{\"reason\":\"NO_CAPACITY\"}", bearer(DIF_STAFF))))
        .isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  @Test
  void voidingTheWithdrawal_byTheIssuer_answers200() {
    UUID id = issued();
    assertThat(status(post(action(id, "withdraw"), null, bearer(FISCALIA_STAFF)))).isEqualTo(200);

    assertThat(status(post(voidedFacts(id), voidBody(1), bearer(FISCALIA_STAFF)))).isEqualTo(200);

    assertThat(status(post(action(id, "accept"), null, bearer(DIF_STAFF)))).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  @Test
  void voidingWithoutAReasonOrOriginal_answers400_andStoresNothing() throws Exception {
    UUID id = accepted();

    JsonNode problem =
        assertProblem(
            post(voidedFacts(id), "{\"originalSequenceNumber\": 1}", bearer(DIF_STAFF)),
            400,
            "INVALID_FIELDS");
    assertThat(problem.path("errors").toString()).contains("reason");
    assertProblem(
        post(voidedFacts(id), "{\"reason\": \"Aceptada por error\"}", bearer(DIF_STAFF)),
        400,
        "INVALID_FIELDS");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void theIssuerVoidingTheAcceptance_answers403_andStoresNothing() throws Exception {
    UUID id = accepted();

    assertProblem(
        post(voidedFacts(id), voidBody(1), bearer(FISCALIA_STAFF)),
        403,
        "NOT_THE_REFERRAL_RECEIVER");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void anUninvolvedAgencyVoiding_answers404_andStoresNothing() throws Exception {
    UUID id = accepted();

    assertProblem(
        post(voidedFacts(id), voidBody(1), bearer(UNODC_STAFF)), 404, "REFERRAL_NOT_FOUND");
    assertProblem(
        post(voidedFacts(UUID.randomUUID()), voidBody(1), bearer(DIF_STAFF)),
        404,
        "REFERRAL_NOT_FOUND");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void voidingTheIssueAnUnknownOrAVoidedStep_answers409_andStoresNothing() throws Exception {
    UUID id = accepted();

    assertProblem(
        post(voidedFacts(id), voidBody(0), bearer(FISCALIA_STAFF)), 409, "FACT_NOT_CORRECTABLE");
    assertProblem(
        post(voidedFacts(id), voidBody(9), bearer(DIF_STAFF)), 409, "ORIGINAL_FACT_NOT_FOUND");
    assertThat(eventsOf(id)).isEqualTo(2);
    assertThat(status(post(voidedFacts(id), voidBody(1), bearer(DIF_STAFF)))).isEqualTo(200);
    assertProblem(
        post(voidedFacts(id), voidBody(1), bearer(DIF_STAFF)), 409, "FACT_ALREADY_VOIDED");
    assertProblem(
        post(voidedFacts(id), voidBody(2), bearer(DIF_STAFF)), 409, "FACT_NOT_CORRECTABLE");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void voidingAfterClosing_answers409_andStoresNothing() throws Exception {
    UUID id = accepted();
    assertThat(
            status(
                post(
                    action(id, "close"),
                    "{\"outcome\":\"SUCCESSFUL\",\"reason\":\"SERVICE_PROVIDED\"}",
                    bearer(DIF_STAFF))))
        .isEqualTo(200);

    assertProblem(
        post(voidedFacts(id), voidBody(1), bearer(DIF_STAFF)), 409, "REFERRAL_ALREADY_CLOSED");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  private UUID accepted() {
    UUID id = issued();
    assertThat(status(post(action(id, "accept"), null, bearer(DIF_STAFF)))).isEqualTo(200);
    return id;
  }

  private static String voidedFacts(UUID id) {
    return "/referrals/" + id + "/voided-facts";
  }

  private static String voidBody(long originalSequenceNumber) {
    return """
        {"originalSequenceNumber": %d, "reason": "Aceptada por error"}
        """
        .formatted(originalSequenceNumber);
  }

  private byte[] payloadOf(UUID id, long sequenceNumber) {
    return jdbc.queryForObject(
        "select payload from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = ?",
        byte[].class,
        id.toString(),
        sequenceNumber);
  }

  private byte[] metadataOf(UUID id, long sequenceNumber) {
    return jdbc.queryForObject(
        "select meta_data from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = ?",
        byte[].class,
        id.toString(),
        sequenceNumber);
  }

  private String eventIdentifierOf(UUID id, long sequenceNumber) {
    return jdbc.queryForObject(
        "select event_identifier from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = ?",
        String.class,
        id.toString(),
        sequenceNumber);
  }

  private long answerDeadlinesOf(UUID id) {
    return jdbc.queryForObject(
        "select count(*) from scheduling.scheduled_tasks"
            + " where position(? in encode(task_data, 'escape')) > 0",
        Long.class,
        id.toString());
  }

  private UUID issued() {
    UUID id = UUID.randomUUID();
    ResponseEntity<String> response = post("/referrals", issueBody(id), bearer(FISCALIA_STAFF));
    assertThat(status(response)).as(response.getBody()).isEqualTo(201);
    return id;
  }

  private JsonNode assertProblem(ResponseEntity<String> response, int status, String code)
      throws Exception {
    return new CommandApi(http, jdbc, json).assertProblem(response, status, code);
  }

  private static int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
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

  private long eventsOf(UUID id) {
    return jdbc.queryForObject(
        "select count(*) from event_store.domain_event_entry where aggregate_identifier = ?",
        Long.class,
        id.toString());
  }

  private static String action(UUID id, String action) {
    return "/referrals/" + id + "/" + action;
  }

  static String issueBody(UUID id) {
    return """
        {
          "referralId": "%s",
          "caseReference": "QROO-2022-0147",
          "receivingAgency": "dif-benito-juarez",
          "receivingShelter": "cat-cancun",
          "service": "SHELTER",
          "urgency": "EMERGENCY",
          "consent": {"givenOn": "2022-10-20", "scope": "REQUESTED_SERVICE_ONLY"},
          "victimDetails": {"notes": "Llegó acompañada", "age": 14, "sex": "F", "nationality": "Guatemalteca"}
        }
        """
        .formatted(id);
  }
}
