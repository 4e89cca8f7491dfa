package mx.bitacora.command.commitment;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The commitment API end to end against PostgreSQL: the lifecycle, commitments for a project, its
 * rules as 409s, an idempotent retry, racing revisions, nothing stored on refusal. (The shared
 * status mapping — 400, 401, 403, 404 — is in {@code StatusMappingTest}.)
 */
@CommandServiceTest
class CommitmentApiTest {

  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String INL_STAFF = DevTokens.mint("inl-1", "inl", "AGENCY_STAFF");
  private static final String SEGOB_STAFF = DevTokens.mint("segob-1", "segob", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");

  private static final String CAT_CANCUN =
      "{\"shelterId\": \"cat-cancun\", \"name\": \"CAT Cancún\", \"kind\": \"CAT\","
          + " \"operatingAgency\": \"dif-benito-juarez\", \"municipality\": \"Benito Juárez\","
          + " \"state\": \"Quintana Roo\", \"capacity\": 24, \"servesMinors\": true}";

  @Autowired private CommandApi api;

  @BeforeEach
  void registerTheShelter() {
    assertThat(status(api.post("/shelters", CAT_CANCUN, DIF_STAFF))).isEqualTo(201);
  }

  @Test
  void theWholeLifecycle_isAccepted_inOrder() {
    UUID id = UUID.randomUUID();
    var made =
        api.post("/commitments", makeBody(id, null, mattresses(20, "2099-12-31")), UNODC_STAFF);
    assertThat(status(made)).as(made.getBody()).isEqualTo(201);
    assertThat(made.getHeaders().getLocation()).hasToString("/commitments/" + id);
    var revised = api.post(revisions(id), reviseBody(mattresses(15, "2099-12-31")), UNODC_STAFF);
    assertThat(status(revised)).as(revised.getBody()).isEqualTo(200);
    var withdrawn =
        api.post("/commitments/" + id + "/withdrawal", "{\"reason\": \"Sin fondos\"}", UNODC_STAFF);
    assertThat(status(withdrawn)).as(withdrawn.getBody()).isEqualTo(200);
    assertThat(eventsOf(id)).isEqualTo(3);
  }

  @Test
  void aRetriedMake_isAnsweredAsTheFirst_andStoresNothingMore() throws Exception {
    UUID id = UUID.randomUUID();
    String body = makeBody(id, null, training("fiscalia-quintana-roo", 12));
    var first = api.post("/commitments", body, UNODC_STAFF);
    var retry = api.post("/commitments", body, UNODC_STAFF);

    assertThat(status(first)).isEqualTo(201);
    assertThat(status(retry)).isEqualTo(201);
    assertThat(retry.getHeaders().getFirst("X-Event-Position"))
        .isEqualTo(first.getHeaders().getFirst("X-Event-Position"));
    assertThat(eventsOf(id)).isEqualTo(1);
    api.assertProblem(
        api.post(
            "/commitments", makeBody(id, null, training("fiscalia-quintana-roo", 13)), UNODC_STAFF),
        409,
        "COMMITMENT_ALREADY_RECORDED");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void aProjectsFunder_commitsForIt_itsCoordinator_mayNot() throws Exception {
    UUID project = UUID.randomUUID();
    assertThat(status(api.post("/projects", projectBody(project), UNODC_STAFF))).isEqualTo(201);
    UUID id = UUID.randomUUID();

    api.assertProblem(
        api.post("/commitments", makeBody(id, project, mattresses(20, "2099-12-31")), SEGOB_STAFF),
        403,
        "NOT_A_COMMITTING_PARTY");
    assertThat(eventsOf(id)).isZero();
    assertThat(
            status(
                api.post(
                    "/commitments",
                    makeBody(id, project, mattresses(20, "2099-12-31")),
                    INL_STAFF)))
        .isEqualTo(201);
    // the implementer is bound too, so it may revise
    assertThat(
            status(api.post(revisions(id), reviseBody(mattresses(25, "2099-12-31")), UNODC_STAFF)))
        .isEqualTo(200);
  }

  @Test
  void theRules_answer409_andStoreNothing() throws Exception {
    UUID id = UUID.randomUUID();
    api.assertProblem(
        api.post("/commitments", makeBody(id, null, mattresses(20, "2020-01-01")), UNODC_STAFF),
        409,
        "COMMITMENT_DUE_IN_THE_PAST");
    api.assertProblem(
        api.post(
            "/commitments",
            makeBody(
                id,
                null,
                "{\"kind\": \"DELIVERY\", \"shelter\": \"albergue-inexistente\", \"item\": \"Colchones\","
                    + " \"unit\": \"pieza\", \"quantity\": 20, \"dueOn\": \"2099-12-31\"}"),
            UNODC_STAFF),
        409,
        "COMMITMENT_SHELTER_NOT_REGISTERED");
    api.assertProblem(
        api.post(
            "/commitments",
            makeBody(
                id,
                null,
                "{\"kind\": \"REFERRAL_ANSWERS\", \"startsOn\": \"2099-12-31\","
                    + " \"endsOn\": \"2099-01-01\"}"),
            DIF_STAFF),
        409,
        "COMMITMENT_PERIOD_ENDS_BEFORE_START");
    api.assertProblem(
        api.post(
            "/commitments",
            makeBody(id, null, training("dependencia-inexistente", 3)),
            UNODC_STAFF),
        422,
        "AGENCY_NOT_ACTIVE");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void anUnknownKind_orAMissingOne_isAMalformedBody() throws Exception {
    UUID id = UUID.randomUUID();
    api.assertProblem(
        api.post(
            "/commitments",
            makeBody(id, null, "{\"kind\": \"PROMISE\", \"dueOn\": \"2099-12-31\"}"),
            UNODC_STAFF),
        400,
        "MALFORMED_BODY");
    api.assertProblem(
        api.post("/commitments", makeBody(id, null, "{\"dueOn\": \"2099-12-31\"}"), UNODC_STAFF),
        400,
        "MALFORMED_BODY");
    assertThat(eventsOf(id)).isZero();
  }

  @Test
  void revisingToAnotherKind_orToTheSameTerms_answers409() throws Exception {
    UUID id = made();
    api.assertProblem(
        api.post(revisions(id), reviseBody(training("fiscalia-quintana-roo", 3)), UNODC_STAFF),
        409,
        "COMMITMENT_KIND_CANNOT_CHANGE");
    api.assertProblem(
        api.post(revisions(id), reviseBody(mattresses(20, "2099-12-31")), UNODC_STAFF),
        409,
        "COMMITMENT_REVISION_CHANGES_NOTHING");
    assertThat(eventsOf(id)).isEqualTo(1);
  }

  @Test
  void nothingAfterWithdrawal_answers409_inEnglishOnRequest() throws Exception {
    UUID id = made();
    api.post("/commitments/" + id + "/withdrawal", "{\"reason\": \"Sin fondos\"}", UNODC_STAFF);
    var problem =
        api.assertProblem(
            api.post(revisions(id), reviseBody(mattresses(10, "2099-12-31")), UNODC_STAFF, "en"),
            409,
            "COMMITMENT_WITHDRAWN");
    assertThat(problem.path("title").asText()).isEqualTo("Commitment withdrawn");
    assertThat(eventsOf(id)).isEqualTo(2);
  }

  @Test
  void racingWithdrawals_exactlyOneIsRecorded() throws Exception {
    UUID id = made();
    Callable<ResponseEntity<String>> withdraw =
        () ->
            api.post(
                "/commitments/" + id + "/withdrawal", "{\"reason\": \"Sin fondos\"}", UNODC_STAFF);

    api.assertExactlyOneWins(
        List.of(withdraw, withdraw, withdraw),
        Set.of("CONCURRENT_UPDATE", "COMMITMENT_WITHDRAWN"),
        "commitment:" + id,
        0L,
        1L);
  }

  private UUID made() {
    UUID id = UUID.randomUUID();
    assertThat(
            status(
                api.post(
                    "/commitments", makeBody(id, null, mattresses(20, "2099-12-31")), UNODC_STAFF)))
        .isEqualTo(201);
    return id;
  }

  private long eventsOf(UUID id) {
    return api.eventsOf("commitment:" + id);
  }

  private static String revisions(UUID id) {
    return "/commitments/" + id + "/revisions";
  }

  private static String makeBody(UUID id, UUID project, String terms) {
    return "{\"commitmentId\": \"%s\", \"projectId\": %s, \"terms\": %s}"
        .formatted(id, project == null ? "null" : "\"" + project + "\"", terms);
  }

  private static String reviseBody(String terms) {
    return "{\"terms\": %s, \"reason\": \"Ajuste presupuestal\"}".formatted(terms);
  }

  private static String mattresses(int quantity, String dueOn) {
    return ("{\"kind\": \"DELIVERY\", \"shelter\": \"cat-cancun\", \"item\": \"Colchones\","
            + " \"unit\": \"pieza\", \"quantity\": %d, \"dueOn\": \"%s\"}")
        .formatted(quantity, dueOn);
  }

  private static String training(String agency, int staff) {
    return ("{\"kind\": \"TRAINING\", \"traineeAgency\": \"%s\", \"audience\": \"PROSECUTORS\","
            + " \"staff\": %d, \"dueOn\": \"2099-12-31\"}")
        .formatted(agency, staff);
  }

  private static String projectBody(UUID id) {
    return """
        {"projectId": "%s", "name": "Fortalecimiento de Albergues",
         "funderAgency": "inl", "implementerAgency": "unodc-mexico", "coordinatorAgency": "segob",
         "beneficiaryShelters": ["cat-cancun"], "startsOn": "2022-01-01", "endsOn": "2099-12-31"}
        """
        .formatted(id);
  }
}
