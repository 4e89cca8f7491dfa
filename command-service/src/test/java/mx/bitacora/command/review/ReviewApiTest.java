package mx.bitacora.command.review;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The review API end to end against PostgreSQL: the lifecycle, evidence read from the real log and
 * checked against the scope, who may do what, racing answers, nothing stored on refusal. (The
 * shared status mapping — 400, 401, 403, 404 — is in {@code StatusMappingTest}.)
 */
@CommandServiceTest
class ReviewApiTest {

  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

  @Autowired private CommandApi api;

  private String shelterId;
  private long shelterRegistered;

  @BeforeEach
  void registerTheShelter() {
    shelterId = "cat-" + UUID.randomUUID().toString().substring(0, 8);
    var registered =
        api.post(
            "/shelters",
            ("{\"shelterId\": \"%s\", \"name\": \"CAT Cancún\", \"kind\": \"CAT\","
                    + " \"operatingAgency\": \"dif-benito-juarez\", \"municipality\": \"Benito"
                    + " Juárez\", \"state\": \"Quintana Roo\", \"capacity\": 24,"
                    + " \"servesMinors\": true}")
                .formatted(shelterId),
            DIF_STAFF);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    shelterRegistered = position(registered);
  }

  @Test
  void theWholeLifecycle_isAccepted_inOrder() {
    UUID review = opened();
    UUID commitment = mattressesPromised();
    UUID finding = UUID.randomUUID();

    var recorded =
        api.post(findings(review), findingBody(finding, commitment, shelterRegistered), REVIEWER);
    assertThat(status(recorded)).as(recorded.getBody()).isEqualTo(201);
    assertThat(recorded.getHeaders().getLocation())
        .hasToString("/reviews/" + review + "/findings/" + finding);
    var answered = api.post(answer(review, finding), ANSWER, DIF_STAFF);
    assertThat(status(answered)).as(answered.getBody()).isEqualTo(200);
    var accepted = api.post(finding(review, finding) + "/acceptance", "{}", REVIEWER);
    assertThat(status(accepted)).as(accepted.getBody()).isEqualTo(200);
    var concluded =
        api.post(
            "/reviews/" + review + "/conclusion",
            "{\"conclusion\": \"Entregas conformes tras la reposición.\"}",
            REVIEWER);
    assertThat(status(concluded)).as(concluded.getBody()).isEqualTo(200);

    assertThat(eventsOf(review)).isEqualTo(5);
  }

  @Test
  void aReopenedFinding_isAnsweredAgain() {
    UUID review = opened();
    UUID finding = recordedFinding(review);
    api.post(answer(review, finding), ANSWER, DIF_STAFF);

    var reopened =
        api.post(
            finding(review, finding) + "/reopening",
            "{\"reason\": \"Falta el acuse firmado\", \"responseDueOn\": \"%s\"}"
                .formatted(TODAY.plusDays(20)),
            REVIEWER);
    assertThat(status(reopened)).as(reopened.getBody()).isEqualTo(200);
    assertThat(status(api.post(answer(review, finding), ANSWER, DIF_STAFF))).isEqualTo(200);
    assertThat(eventsOf(review)).isEqualTo(5);
  }

  @Test
  void evidenceThatDoesNotExist_orLiesOutsideTheScope_answers409_andStoresNothing()
      throws Exception {
    UUID review = opened();
    UUID otherAgencysPromise = trainingPromisedByUnodcToFiscalia();
    long beyondTheLog = api.allEvents() + 1_000_000;

    api.assertProblem(
        api.post(findings(review), findingBody(UUID.randomUUID(), null, beyondTheLog), REVIEWER),
        409,
        "EVIDENCE_NOT_FOUND");
    api.assertProblem(
        api.post(
            findings(review), findingBody(UUID.randomUUID(), UUID.randomUUID(), null), REVIEWER),
        409,
        "EVIDENCE_NOT_FOUND");
    api.assertProblem(
        api.post(
            findings(review), findingBody(UUID.randomUUID(), otherAgencysPromise, null), REVIEWER),
        409,
        "EVIDENCE_OUT_OF_SCOPE");
    api.assertProblem(
        api.post(findings(review), findingBody(UUID.randomUUID(), null, null), REVIEWER),
        409,
        "FINDING_WITHOUT_EVIDENCE");
    assertThat(eventsOf(review)).isEqualTo(1);
  }

  @Test
  void onlyReviewersRecord_onlyTheAgencyConcernedAnswers() throws Exception {
    UUID review = opened();
    UUID finding = recordedFinding(review);

    api.assertProblem(
        api.post("/reviews", openBody(UUID.randomUUID()), DIF_STAFF), 403, "FORBIDDEN");
    api.assertProblem(api.post("/reviews", openBody(UUID.randomUUID()), ADMIN), 403, "FORBIDDEN");
    api.assertProblem(api.post(answer(review, finding), ANSWER, REVIEWER), 403, "FORBIDDEN");
    api.assertProblem(
        api.post(answer(review, finding), ANSWER, FISCALIA_STAFF), 404, "REVIEW_NOT_FOUND");
    api.assertProblem(
        api.post(answer(review, UUID.randomUUID()), ANSWER, DIF_STAFF), 404, "FINDING_NOT_FOUND");
    api.assertProblem(
        api.post(answer(UUID.randomUUID(), finding), ANSWER, DIF_STAFF), 404, "REVIEW_NOT_FOUND");
    api.assertProblem(
        api.post(finding(review, finding) + "/acceptance", "{}", DIF_STAFF), 403, "FORBIDDEN");
    assertThat(eventsOf(review)).isEqualTo(2);
  }

  @Test
  void theReviewsRules_answer409_inEnglishOnRequest() throws Exception {
    UUID review = opened();
    UUID finding = recordedFinding(review);

    var problem =
        api.assertProblem(
            api.post(finding(review, finding) + "/acceptance", "{}", REVIEWER, "en"),
            409,
            "FINDING_NOT_ANSWERED");
    assertThat(problem.path("title").asText()).isEqualTo("Finding not answered");
    api.assertProblem(
        api.post("/reviews", openBody(review).replace("Refugio de", "Otro refugio,"), REVIEWER),
        409,
        "REVIEW_ALREADY_RECORDED");
    api.assertProblem(
        api.post(findings(review), findingBody(finding, null, shelterRegistered), REVIEWER),
        409,
        "FINDING_ALREADY_RECORDED");
    api.assertProblem(
        api.post(
            answer(review, finding),
            ANSWER.replace("}", ", \"answeredOn\": \"%s\"}".formatted(TODAY.plusDays(3))),
            DIF_STAFF),
        422,
        "BUSINESS_DATE_IN_FUTURE");
    assertThat(eventsOf(review)).isEqualTo(2);
  }

  @Test
  void malformedBodies_answer400_andStoreNothing() throws Exception {
    UUID review = opened();
    api.assertProblem(
        api.post(
            findings(review),
            findingBody(UUID.randomUUID(), null, shelterRegistered).replace("MEDIUM", "GRAVE"),
            REVIEWER),
        400,
        "MALFORMED_BODY");
    api.assertProblem(
        api.post(
            "/reviews",
            openBody(UUID.randomUUID()).replace("\"ENTREGAS\"", "\"entregas de material\""),
            REVIEWER),
        400,
        "INVALID_FIELDS");
    api.assertProblem(
        api.post(findings(review), findingBody(UUID.randomUUID(), null, -1L), REVIEWER),
        400,
        "INVALID_FIELDS");
    api.assertProblem(
        api.post("/reviews/not-a-uuid/conclusion", "{\"conclusion\": \"x\"}", REVIEWER),
        400,
        "INVALID_PARAMETER");
    assertThat(eventsOf(review)).isEqualTo(1);
  }

  @Test
  void racingAnswers_exactlyOneIsRecorded() throws Exception {
    UUID review = opened();
    UUID finding = recordedFinding(review);
    Callable<ResponseEntity<String>> answering =
        () -> api.post(answer(review, finding), ANSWER, DIF_STAFF);

    api.assertExactlyOneWins(
        List.of(answering, answering, answering),
        Set.of("CONCURRENT_UPDATE", "FINDING_NOT_AWAITING_RESPONSE"),
        "review:" + review,
        0L,
        1L,
        2L);
  }

  @Test
  void findingsRecordedByReviewersAtOnce_areAllKept() throws Exception {
    UUID review = opened();
    List<Callable<Integer>> recording =
        java.util.stream.IntStream.range(0, 6)
            .<Callable<Integer>>mapToObj(
                i ->
                    () ->
                        status(
                            api.post(
                                findings(review),
                                findingBody(UUID.randomUUID(), null, shelterRegistered),
                                REVIEWER)))
            .toList();
    var clients = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : clients.invokeAll(recording)) {
        statuses.add(answer.get());
      }
      // A finding that lost the race for the stream is told so (409) and stored nowhere.
      assertThat(statuses).isSubsetOf(201, 409).contains(201);
      assertThat(eventsOf(review)).isEqualTo(1 + statuses.stream().filter(s -> s == 201).count());
    } finally {
      clients.shutdown();
    }
  }

  private static final String ANSWER =
      ("{\"response\": \"Faltaron 2 colchones por daño en el traslado.\","
              + " \"correctiveAction\": \"Reponer 2 colchones\","
              + " \"correctiveActionDueOn\": \"%s\"}")
          .formatted(TODAY.plusDays(10));

  private UUID opened() {
    UUID review = UUID.randomUUID();
    var opened = api.post("/reviews", openBody(review), REVIEWER);
    assertThat(status(opened)).as(opened.getBody()).isEqualTo(201);
    assertThat(opened.getHeaders().getLocation()).hasToString("/reviews/" + review);
    return review;
  }

  private UUID recordedFinding(UUID review) {
    UUID finding = UUID.randomUUID();
    var recorded =
        api.post(findings(review), findingBody(finding, null, shelterRegistered), REVIEWER);
    assertThat(status(recorded)).as(recorded.getBody()).isEqualTo(201);
    return finding;
  }

  private UUID mattressesPromised() {
    UUID id = UUID.randomUUID();
    var made =
        api.post(
            "/commitments",
            ("{\"commitmentId\": \"%s\", \"terms\": {\"kind\": \"DELIVERY\", \"shelter\": \"%s\","
                    + " \"item\": \"Colchones\", \"unit\": \"pieza\", \"quantity\": 20,"
                    + " \"dueOn\": \"%s\"}}")
                .formatted(id, shelterId, TODAY.plusDays(30)),
            UNODC_STAFF);
    assertThat(status(made)).as(made.getBody()).isEqualTo(201);
    return id;
  }

  private UUID trainingPromisedByUnodcToFiscalia() {
    UUID id = UUID.randomUUID();
    var made =
        api.post(
            "/commitments",
            ("{\"commitmentId\": \"%s\", \"terms\": {\"kind\": \"TRAINING\", \"traineeAgency\":"
                    + " \"fiscalia-quintana-roo\", \"audience\": \"PROSECUTORS\", \"staff\": 12,"
                    + " \"dueOn\": \"%s\"}}")
                .formatted(id, TODAY.plusDays(30)),
            UNODC_STAFF);
    assertThat(status(made)).as(made.getBody()).isEqualTo(201);
    return id;
  }

  private String openBody(UUID review) {
    return """
        {"reviewId": "%s", "title": "Refugio de Cancún",
         "scope": {"agencies": [], "shelterId": "%s", "from": "%s", "to": "%s"},
         "criteria": [{"code": "ENTREGAS", "description": "Materiales entregados y acusados"}]}
        """
        .formatted(review, shelterId, TODAY.minusDays(30), TODAY.plusDays(60));
  }

  private static String findingBody(UUID finding, UUID commitment, Long position) {
    return """
        {"findingId": "%s", "criterion": "ENTREGAS", "severity": "MEDIUM",
         "concernedAgency": "dif-benito-juarez",
         "statement": "Se acusaron 18 colchones de 20 comprometidos.",
         "recommendation": "Completar la entrega.",
         "evidence": {"commitments": [%s], "eventPositions": [%s]},
         "responseDueOn": "%s"}
        """
        .formatted(
            finding,
            commitment == null ? "" : "\"" + commitment + "\"",
            position == null ? "" : position,
            TODAY.plusDays(15));
  }

  private static long position(ResponseEntity<String> response) {
    return Long.parseLong(response.getHeaders().getFirst("X-Event-Position"));
  }

  private long eventsOf(UUID review) {
    return api.eventsOf("review:" + review);
  }

  private static String findings(UUID review) {
    return "/reviews/" + review + "/findings";
  }

  private static String finding(UUID review, UUID finding) {
    return findings(review) + "/" + finding;
  }

  private static String answer(UUID review, UUID finding) {
    return finding(review, finding) + "/answer";
  }
}
