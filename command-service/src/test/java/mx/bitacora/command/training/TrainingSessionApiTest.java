package mx.bitacora.command.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The training API end to end against PostgreSQL: status codes, RFC 9457 bodies, and that a refused
 * request stores nothing.
 */
@CommandServiceTest
class TrainingSessionApiTest {

  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String SEGOB_STAFF = DevTokens.mint("segob-1", "segob", "AGENCY_STAFF");
  private static final String PAST = "2022-11-29";
  private static final String FUTURE = "2099-11-29";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private Clock clock;

  @Test
  void schedule_answers201_andStoresOneEvent() {
    UUID id = UUID.randomUUID();

    ResponseEntity<String> response =
        post("/training-sessions", scheduleBody(id, PAST, 20), bearer(UNODC_STAFF));

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    assertThat(response.getHeaders().getLocation()).hasToString("/training-sessions/" + id);
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void theWholeLifecycle_isAccepted_andCompletionCarriesTheDateItWasRecorded() throws Exception {
    UUID id = scheduled(PAST, 20);
    assertThat(status(post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF))))
        .isEqualTo(200);
    assertThat(status(post(attendance(id), staffBody("dif-bj-0042"), bearer(UNODC_STAFF))))
        .isEqualTo(200);
    ResponseEntity<String> completion =
        post(completions(id), completionBody("dif-bj-0042", "8"), bearer(UNODC_STAFF));
    assertThat(status(completion)).as(completion.getBody()).isEqualTo(200);
    assertThat(completion.getBody()).contains(id.toString());
    assertThat(
            status(post(cancel(id), "{\"reason\":\"Cierre del programa\"}", bearer(UNODC_STAFF))))
        .isEqualTo(200);

    assertThat(eventsOf(id)).isEqualTo(5);
    String payload = payloadOf(id, 3);
    JsonNode completed = json.readTree(payload);
    assertThat(completed.path("recordedOn").asText())
        .as(payload)
        .isEqualTo(LocalDate.now(clock).toString());
    assertThat(completed.path("staffId").asText()).isEqualTo("dif-bj-0042");
  }

  @Test
  void aStaffIdShapedLikeAName_answers400_withoutEchoingIt() throws Exception {
    UUID id = scheduled(PAST, 20);

    ResponseEntity<String> response =
        post(participants(id), enrolBody("María López"), bearer(DIF_STAFF));

    JsonNode problem = assertProblem(response, 400, "MALFORMED_BODY");
    assertThat(problem.path("errors").toString()).contains("staffId");
    assertThat(response.getBody()).doesNotContain("María");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void cancellationWithoutReason_answers400() throws Exception {
    UUID id = scheduled(PAST, 20);

    assertProblem(
        post(cancel(id), "{\"reason\":\" \"}", bearer(UNODC_STAFF)), 400, "INVALID_FIELDS");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void schedulingForAnotherTrainer_answers403_andStoresNothing() throws Exception {
    UUID id = UUID.randomUUID();

    assertProblem(
        post("/training-sessions", scheduleBody(id, PAST, 20), bearer(DIF_STAFF)),
        403,
        "NOT_THE_TRAINER_AGENCY");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void attendanceRecordedByTheParticipantsAgency_answers403() throws Exception {
    UUID id = scheduled(PAST, 20);
    post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF));

    assertProblem(
        post(attendance(id), staffBody("dif-bj-0042"), bearer(DIF_STAFF)),
        403,
        "NOT_THE_TRAINER_AGENCY");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void enrolmentBeyondCapacity_answers409_andStoresNothing() throws Exception {
    UUID id = scheduled(PAST, 1);
    post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF));

    assertProblem(
        post(participants(id), fiscaliaEnrolBody("fge-qroo-0117"), bearer(FISCALIA_STAFF)),
        409,
        "TRAINING_SESSION_FULL");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void enrollingTheSameStaffTwice_answers409() throws Exception {
    UUID id = scheduled(PAST, 20);
    post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF));

    assertProblem(
        post(participants(id), enrolBody("dif-bj-0042"), bearer(UNODC_STAFF)),
        409,
        "PARTICIPANT_ALREADY_ENROLLED");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void completionOfSomeoneNotEnrolled_answers409() throws Exception {
    UUID id = scheduled(PAST, 20);

    assertProblem(
        post(completions(id), completionBody("dif-bj-0042", "8"), bearer(UNODC_STAFF)),
        409,
        "PARTICIPANT_NOT_ENROLLED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void completionBeforeTheSessionDate_answers409_andStoresNothing() throws Exception {
    UUID id = scheduled(FUTURE, 20);
    post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF));

    assertProblem(
        post(completions(id), completionBody("dif-bj-0042", "8"), bearer(UNODC_STAFF)),
        409,
        "COMPLETION_BEFORE_SESSION_DATE");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void completionOfMoreHoursThanTheSession_answers409() throws Exception {
    UUID id = scheduled(PAST, 20);
    post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF));

    assertProblem(
        post(completions(id), completionBody("dif-bj-0042", "9"), bearer(UNODC_STAFF)),
        409,
        "COMPLETED_HOURS_EXCEED_SESSION");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void enrolmentAfterCancellation_answers409_inSpanishOrEnglish() throws Exception {
    UUID id = scheduled(PAST, 20);
    post(cancel(id), "{\"reason\":\"Suspendida por alerta meteorológica\"}", bearer(UNODC_STAFF));
    HttpHeaders english = bearer(DIF_STAFF);
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

    JsonNode spanish =
        assertProblem(
            post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF)),
            409,
            "TRAINING_SESSION_CANCELLED");
    JsonNode inEnglish =
        assertProblem(
            post(participants(id), enrolBody("dif-bj-0042"), english),
            409,
            "TRAINING_SESSION_CANCELLED");

    assertThat(spanish.path("title").asText()).isEqualTo("Sesión cancelada");
    assertThat(inEnglish.path("title").asText()).isEqualTo("Session cancelled");
    assertThat(inEnglish.path("detail").asText()).doesNotContain(id.toString());
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void reusingAnIdForADifferentSession_answers409() throws Exception {
    UUID id = scheduled(PAST, 20);

    assertProblem(
        post("/training-sessions", scheduleBody(id, PAST, 21), bearer(UNODC_STAFF)),
        409,
        "TRAINING_SESSION_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void retryingTheSameSchedule_answersAsTheFirstTime() {
    UUID id = scheduled(PAST, 20);

    assertThat(
            post("/training-sessions", scheduleBody(id, PAST, 20), bearer(UNODC_STAFF))
                .getStatusCode()
                .value())
        .isEqualTo(201);
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void correctingACompletion_answers200_andNamesTheStoredOriginal() throws Exception {
    UUID id = completedSession();

    ResponseEntity<String> response =
        post(
            corrections(id),
            "{\"originalSequenceNumber\": 2, \"reason\": \"Fueron 6 horas\","
                + " \"hoursCompleted\": 6}",
            bearer(UNODC_STAFF));

    assertThat(status(response)).as(response.getBody()).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
    JsonNode correction = json.readTree(payloadOf(id, 3));
    assertThat(correction.path("original").path("eventId").asText())
        .isEqualTo(
            jdbc.queryForObject(
                "select event_identifier from event_store.domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 2",
                String.class,
                id.toString()));
    assertThat(correction.path("hoursCompleted").asInt()).isEqualTo(6);
    assertThat(correction.path("certificateReference").asText()).isEqualTo("UNODC-2022-CAT-017");
  }

  @Test
  void voidingACompletion_answers200() {
    UUID id = completedSession();

    assertThat(status(post(voidedFacts(id), voidBody(2), bearer(UNODC_STAFF)))).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  @Test
  void aCorrectionWithNegativeHours_answers400_andStoresNothing() throws Exception {
    UUID id = completedSession();

    assertProblem(
        post(
            corrections(id),
            "{\"originalSequenceNumber\": 2, \"reason\": \"x\", \"hoursCompleted\": -1}",
            bearer(UNODC_STAFF)),
        400,
        "INVALID_FIELDS");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void voidingByTheParticipantsAgency_answers403_andStoresNothing() throws Exception {
    UUID id = completedSession();

    assertProblem(
        post(voidedFacts(id), voidBody(2), bearer(DIF_STAFF)), 403, "NOT_THE_TRAINER_AGENCY");
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void voidingForAnUninvolvedAgency_answers404() throws Exception {
    UUID id = completedSession();

    assertProblem(
        post(voidedFacts(id), voidBody(2), bearer(SEGOB_STAFF)), 404, "TRAINING_SESSION_NOT_FOUND");
  }

  @Test
  void correctingAnEnrolmentOrAVoidedCompletion_answers409_andStoresNothing() throws Exception {
    UUID id = completedSession();

    assertProblem(
        post(
            corrections(id),
            "{\"originalSequenceNumber\": 1, \"reason\": \"x\", \"hoursCompleted\": 6}",
            bearer(UNODC_STAFF)),
        409,
        "FACT_NOT_CORRECTABLE");
    post(voidedFacts(id), voidBody(2), bearer(UNODC_STAFF));
    assertProblem(
        post(voidedFacts(id), voidBody(2), bearer(UNODC_STAFF)), 409, "FACT_ALREADY_VOIDED");
    assertThat(eventsOf(id)).isEqualTo(4);
  }

  /** Scheduled (0), one participant enrolled (1) and completed (2). */
  private UUID completedSession() {
    UUID id = scheduled(PAST, 20);
    assertThat(status(post(participants(id), enrolBody("dif-bj-0042"), bearer(DIF_STAFF))))
        .isEqualTo(200);
    assertThat(
            status(post(completions(id), completionBody("dif-bj-0042", "8"), bearer(UNODC_STAFF))))
        .isEqualTo(200);
    return id;
  }

  private static String corrections(UUID id) {
    return "/training-sessions/" + id + "/corrections";
  }

  private static String voidedFacts(UUID id) {
    return "/training-sessions/" + id + "/voided-facts";
  }

  private static String voidBody(long originalSequenceNumber) {
    return "{\"originalSequenceNumber\": %d, \"reason\": \"Registrada por error\"}"
        .formatted(originalSequenceNumber);
  }

  private UUID scheduled(String heldOn, int capacity) {
    UUID id = UUID.randomUUID();
    assertThat(
            status(
                post(
                    "/training-sessions", scheduleBody(id, heldOn, capacity), bearer(UNODC_STAFF))))
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

  private static int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
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

  private static String participants(UUID id) {
    return "/training-sessions/" + id + "/participants";
  }

  private static String attendance(UUID id) {
    return "/training-sessions/" + id + "/attendance";
  }

  private static String completions(UUID id) {
    return "/training-sessions/" + id + "/completions";
  }

  private static String cancel(UUID id) {
    return "/training-sessions/" + id + "/cancel";
  }

  private static String scheduleBody(UUID id, String heldOn, int capacity) {
    return """
        {
          "trainingSessionId": "%s",
          "topic": "Atención especializada a niñas, niños y adolescentes víctimas de trata",
          "trainerAgency": "unodc-mexico",
          "audience": "SHELTER_STAFF",
          "hours": 8,
          "heldOn": "%s",
          "place": "Cancún, Quintana Roo",
          "capacity": %d
        }
        """
        .formatted(id, heldOn, capacity);
  }

  private static String enrolBody(String staffId) {
    return """
        {"staffId": "%s", "agency": "dif-benito-juarez", "role": "Psicóloga del CAT"}
        """
        .formatted(staffId);
  }

  private static String fiscaliaEnrolBody(String staffId) {
    return """
        {"staffId": "%s", "agency": "fiscalia-quintana-roo", "role": "Agente del Ministerio Público"}
        """
        .formatted(staffId);
  }

  private static String staffBody(String staffId) {
    return "{\"staffId\": \"%s\"}".formatted(staffId);
  }

  private static String completionBody(String staffId, String hours) {
    return """
        {"staffId": "%s", "hoursCompleted": %s, "certificateReference": "UNODC-2022-CAT-017"}
        """
        .formatted(staffId, hours);
  }
}
