package mx.bitacora.command.apitest;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The status mapping every resource shares (conventions rule 13), checked once for each resource in
 * {@link #resources()}: a malformed or invalid body answers 400, a missing or unusable token 401, a
 * role that may not write 403, an unknown id, or one of a resource the caller's agency has no part
 * in, 404 — each an RFC 9457 problem with its code and a request id — and a refused request stores
 * nothing. Rules of one resource (its 409s, its retries, its races) stay in its own API test.
 */
@CommandServiceTest
class StatusMappingTest {

  private static final Identity UNODC = new Identity("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final Identity DIF = new Identity("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final Identity FISCALIA =
      new Identity("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final Identity SEGOB = new Identity("segob-1", "segob", "AGENCY_STAFF");
  private static final Identity ADMIN = new Identity("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final Identity AUDITOR = new Identity("aud-1", "segob", "COMMISSION_AUDITOR");

  /** The shelter deliveries go to; registering it again is an idempotent retry. */
  private static final String CAT_CANCUN =
      "{\"shelterId\": \"cat-cancun\", \"name\": \"CAT Cancún\", \"kind\": \"CAT\","
          + " \"operatingAgency\": \"dif-benito-juarez\", \"municipality\": \"Benito Juárez\","
          + " \"state\": \"Quintana Roo\", \"capacity\": 24, \"servesMinors\": true}";

  /** The resources and what their checks need: one row each. */
  static Stream<Resource> resources() {
    return Stream.of(
        new Resource(
            "deliveries",
            StatusMappingTest::newUuid,
            id -> id,
            id ->
                ("{\"deliveryId\": \"%s\", \"fundingAgency\": \"inl\","
                        + " \"deliveringAgencies\": [\"unodc-mexico\", \"segob\"],"
                        + " \"receivingShelter\": \"cat-cancun\","
                        + " \"receivingAgency\": \"dif-benito-juarez\", \"occurredOn\": \"2022-10-21\","
                        + " \"items\": [{\"description\": \"Colchones\", \"quantity\": 20,"
                        + " \"unit\": \"pieza\"}],"
                        + " \"witnesses\": [{\"title\": \"Directora\", \"agency\": \"segob\"}]}")
                    .formatted(id),
            new Invalid(
                body -> body.replace("\"quantity\": 20", "\"quantity\": 0"), "items[0].quantity"),
            UNODC,
            List.of(AUDITOR),
            FISCALIA,
            new NotFound("DELIVERY_NOT_FOUND", "Entrega no encontrada"),
            "not-a-uuid",
            List.of(
                post("dispatch", "{\"dispatchedOn\": \"2022-10-21\"}"),
                post(
                    "receipt",
                    "{\"receivedByTitle\": \"Responsable del CAT\", \"receivedOn\": \"2022-10-21\"}"),
                post("void", "{\"reason\": \"Registrada por duplicado\"}"),
                post(
                    "corrections",
                    "{\"originalSequenceNumber\": 0, \"reason\": \"Eran 6 kits dañados\"}"),
                post("voided-facts", "{\"originalSequenceNumber\": 0, \"reason\": \"Error\"}"))),
        new Resource(
            "training-sessions",
            StatusMappingTest::newUuid,
            id -> id,
            id ->
                ("{\"trainingSessionId\": \"%s\", \"topic\": \"Atención a víctimas de trata\","
                        + " \"trainerAgency\": \"unodc-mexico\", \"audience\": \"SHELTER_STAFF\","
                        + " \"hours\": 8, \"heldOn\": \"2022-11-29\", \"place\": \"Cancún\","
                        + " \"capacity\": 20}")
                    .formatted(id),
            new Invalid(body -> body.replace("\"capacity\": 20", "\"capacity\": 0"), "capacity"),
            UNODC,
            List.of(AUDITOR),
            SEGOB,
            new NotFound("TRAINING_SESSION_NOT_FOUND", "Sesión de capacitación no encontrada"),
            "not-a-uuid",
            List.of(
                post(
                    "participants",
                    "{\"staffId\": \"dif-bj-0042\", \"agency\": \"dif-benito-juarez\","
                        + " \"role\": \"Psicóloga del CAT\"}"),
                post("attendance", "{\"staffId\": \"dif-bj-0042\"}"),
                post(
                    "completions",
                    "{\"staffId\": \"dif-bj-0042\", \"hoursCompleted\": 8,"
                        + " \"certificateReference\": \"UNODC-2022-CAT-017\"}"),
                post("cancel", "{\"reason\": \"Cierre del programa\"}"),
                post(
                    "corrections",
                    "{\"originalSequenceNumber\": 0, \"reason\": \"x\", \"hoursCompleted\": 6}"),
                post("voided-facts", "{\"originalSequenceNumber\": 0, \"reason\": \"Error\"}"))),
        new Resource(
            "shelters",
            () -> newSlug("albergue"),
            id -> "shelter:" + id,
            id ->
                ("{\"shelterId\": \"%s\", \"name\": \"CAT Cancún\", \"kind\": \"CAT\","
                        + " \"operatingAgency\": \"dif-benito-juarez\","
                        + " \"municipality\": \"Benito Juárez\", \"state\": \"Quintana Roo\","
                        + " \"capacity\": 24, \"servesMinors\": true}")
                    .formatted(id),
            new Invalid(body -> body.replace("\"capacity\": 24", "\"capacity\": 0"), "capacity"),
            DIF,
            List.of(AUDITOR),
            UNODC,
            new NotFound("SHELTER_NOT_FOUND", "Albergue no encontrado"),
            "No Es Slug",
            List.of(
                post("capacity", "{\"capacity\": 30}"),
                post("close", "{\"closedOn\": \"2024-03-31\", \"reason\": \"Fin del convenio\"}"))),
        new Resource(
            "projects",
            StatusMappingTest::newUuid,
            id -> "project:" + id,
            id ->
                ("{\"projectId\": \"%s\", \"name\": \"Fortalecimiento de Albergues\","
                        + " \"funderAgency\": \"inl\", \"implementerAgency\": \"unodc-mexico\","
                        + " \"coordinatorAgency\": \"segob\", \"beneficiaryShelters\": [\"cat-cancun\"],"
                        + " \"startsOn\": \"2022-01-01\", \"endsOn\": \"2023-12-31\"}")
                    .formatted(id),
            new Invalid(body -> body.replace("\"startsOn\": \"2022-01-01\",", ""), "startsOn"),
            UNODC,
            List.of(AUDITOR),
            FISCALIA,
            new NotFound("PROJECT_NOT_FOUND", "Proyecto no encontrado"),
            "not-a-uuid",
            List.of(
                post("beneficiaries", "{\"shelterId\": \"refugio-sureste\"}"),
                new Operation(HttpMethod.DELETE, "beneficiaries/cat-cancun", null),
                post("close", "{\"closedOn\": \"2023-12-31\"}"))),
        new Resource(
            "referrals",
            StatusMappingTest::newUuid,
            id -> id,
            id ->
                ("{\"referralId\": \"%s\", \"caseReference\": \"QROO-2022-0147\","
                        + " \"receivingAgency\": \"dif-benito-juarez\","
                        + " \"receivingShelter\": \"cat-cancun\", \"service\": \"SHELTER\","
                        + " \"urgency\": \"EMERGENCY\","
                        + " \"consent\": {\"givenOn\": \"2022-10-20\","
                        + " \"scope\": \"REQUESTED_SERVICE_ONLY\"},"
                        + " \"victimDetails\": {\"notes\": \"Llegó acompañada\", \"age\": 14,"
                        + " \"sex\": \"F\", \"nationality\": \"Guatemalteca\"}}")
                    .formatted(id),
            new Invalid(body -> body.replaceAll("\"consent\": \\{[^}]*\\},", ""), "consent"),
            FISCALIA,
            List.of(AUDITOR),
            UNODC,
            new NotFound("REFERRAL_NOT_FOUND", "Canalización no encontrada"),
            "not-a-uuid",
            List.of(
                post("accept", null),
                post("decline", "{\"reason\": \"OTHER\"}"),
                post("withdraw", null),
                post("close", "{\"outcome\": \"SUCCESSFUL\", \"reason\": \"SERVICE_PROVIDED\"}"),
                post("voided-facts", "{\"originalSequenceNumber\": 1, \"reason\": \"Error\"}"))),
        new Resource(
            "commitments",
            StatusMappingTest::newUuid,
            id -> "commitment:" + id,
            id ->
                ("{\"commitmentId\": \"%s\", \"terms\": {\"kind\": \"DELIVERY\","
                        + " \"shelter\": \"cat-cancun\", \"item\": \"Colchones\","
                        + " \"unit\": \"pieza\", \"quantity\": 20, \"dueOn\": \"2099-12-31\"}}")
                    .formatted(id),
            new Invalid(
                body -> body.replace("\"quantity\": 20", "\"quantity\": 0"), "terms.quantity"),
            UNODC,
            List.of(AUDITOR),
            DIF,
            new NotFound("COMMITMENT_NOT_FOUND", "Compromiso no encontrado"),
            "not-a-uuid",
            List.of(
                post(
                    "revisions",
                    "{\"terms\": {\"kind\": \"DELIVERY\", \"shelter\": \"cat-cancun\","
                        + " \"item\": \"Colchones\", \"unit\": \"pieza\", \"quantity\": 15,"
                        + " \"dueOn\": \"2099-12-31\"}, \"reason\": \"Ajuste presupuestal\"}"),
                post("withdrawal", "{\"reason\": \"Sin fondos\"}"))),
        new Resource(
            "agencies",
            () -> newSlug("dependencia"),
            id -> "agency:" + id,
            id ->
                ("{\"agencyId\": \"%s\", \"name\": \"DIF Municipal de Benito Juárez\","
                        + " \"acronym\": \"DIF BJ\", \"kind\": \"MUNICIPAL\", \"level\": \"FEDERAL\","
                        + " \"state\": null}")
                    .formatted(id),
            new Invalid(body -> body.replace("\"DIF BJ\"", "\"\""), "acronym"),
            ADMIN,
            List.of(SEGOB, AUDITOR),
            null,
            new NotFound("AGENCY_NOT_FOUND", "Dependencia no encontrada"),
            "No Es Slug",
            List.of(
                post("rename", "{\"name\": \"DIF Benito Juárez\", \"acronym\": \"DIF-BJ\"}"),
                post("deactivate", "{\"reason\": \"Fusionada\"}"))));
  }

  /** Every operation on an existing resource of every resource: its path after the id, its body. */
  static Stream<Arguments> operations() {
    return resources()
        .flatMap(resource -> resource.operations().stream().map(op -> Arguments.of(resource, op)));
  }

  /** The operations of resources that hide from other agencies whether an id exists. */
  static Stream<Arguments> operationsWithOutsiders() {
    return operations().filter(arguments -> ((Resource) arguments.get()[0]).outsider() != null);
  }

  /** The operations that take a body. */
  static Stream<Arguments> operationsWithBodies() {
    return operations().filter(arguments -> ((Operation) arguments.get()[1]).body() != null);
  }

  @Autowired private CommandApi api;

  @BeforeEach
  void registerTheShelterDeliveriesGoTo() {
    assertThat(status(api.post("/shelters", CAT_CANCUN, DIF.token()))).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aCreateWithMalformedJson_answers400MalformedBody_andStoresNothing(Resource resource)
      throws Exception {
    String id = resource.newId().get();
    String body = resource.validBody().apply(id);
    long before = api.allEvents();

    api.assertProblem(
        api.post(
            resource.createPath(),
            body.substring(0, body.lastIndexOf('}')),
            resource.writerToken()),
        400,
        "MALFORMED_BODY");
    assertThat(api.allEvents()).isEqualTo(before);
    assertThat(eventsOf(resource, id)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aCreateWithAnInvalidField_answers400InvalidFields_namingItsPath_andStoresNothing(
      Resource resource) throws Exception {
    String id = resource.newId().get();
    String body = resource.invalid().change().apply(resource.validBody().apply(id));

    JsonNode problem =
        api.assertProblem(
            api.post(resource.createPath(), body, resource.writerToken()), 400, "INVALID_FIELDS");
    assertThat(problem.path("errors").toString()).contains(resource.invalid().fieldPath());
    assertThat(eventsOf(resource, id)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aCreateWithoutAUsableToken_answers401_andStoresNothing(Resource resource) throws Exception {
    String id = resource.newId().get();
    String body = resource.validBody().apply(id);
    Identity writer = resource.writer();

    ResponseEntity<String> noToken = api.post(resource.createPath(), body, null);
    api.assertProblem(noToken, 401, "UNAUTHENTICATED");
    assertThat(noToken.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    api.assertProblem(
        api.post(
            resource.createPath(),
            body,
            DevTokens.expired(writer.user(), writer.agency(), writer.role())),
        401,
        "UNAUTHENTICATED");
    api.assertProblem(
        api.post(resource.createPath(), body, DevTokens.mint(writer.user(), null, writer.role())),
        401,
        "UNAUTHENTICATED");
    assertThat(eventsOf(resource, id)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void aCreateByARoleThatMayNotWrite_answers403Forbidden_andStoresNothing(Resource resource)
      throws Exception {
    String id = resource.newId().get();

    for (Identity mayNot : resource.mayNot()) {
      api.assertProblem(
          api.post(resource.createPath(), resource.validBody().apply(id), mayNot.token()),
          403,
          "FORBIDDEN");
    }
    assertThat(eventsOf(resource, id)).isZero();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void anOperationOnAnUnknownId_answers404_inSpanishByDefault(Resource resource, Operation op)
      throws Exception {
    String unknown = resource.newId().get();

    JsonNode problem =
        api.assertProblem(
            send(resource, op, unknown, resource.writerToken(), null),
            404,
            resource.notFound().code());
    assertThat(problem.path("title").asText()).isEqualTo(resource.notFound().spanishTitle());
    assertThat(eventsOf(resource, unknown)).isZero();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operationsWithOutsiders")
  void anOperationByAnAgencyWithNoPart_getsTheUnknownIdAnswer_andStoresNothing(
      Resource resource, Operation op) throws Exception {
    String id = created(resource);
    String outsider = resource.outsider().token();

    for (String language : new String[] {"es", "en"}) {
      JsonNode unknown =
          api.assertProblem(
              send(resource, op, resource.newId().get(), outsider, language),
              404,
              resource.notFound().code());
      JsonNode existing =
          api.assertProblem(
              send(resource, op, id, outsider, language), 404, resource.notFound().code());
      assertThat(withoutRequest(existing)).isEqualTo(withoutRequest(unknown));
    }
    assertThat(eventsOf(resource, id)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void anOperationWithoutAToken_answers401_andARoleThatMayNotWrite_403_andStoresNothing(
      Resource resource, Operation op) throws Exception {
    String id = created(resource);

    api.assertProblem(send(resource, op, id, null, null), 401, "UNAUTHENTICATED");
    for (Identity mayNot : resource.mayNot()) {
      api.assertProblem(send(resource, op, id, mayNot.token(), null), 403, "FORBIDDEN");
    }
    assertThat(eventsOf(resource, id)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operationsWithBodies")
  void anOperationWithMalformedJson_answers400MalformedBody_andStoresNothing(
      Resource resource, Operation op) throws Exception {
    String id = created(resource);
    Operation truncated =
        new Operation(op.method(), op.action(), op.body().substring(0, op.body().lastIndexOf('}')));

    api.assertProblem(
        send(resource, truncated, id, resource.writerToken(), null), 400, "MALFORMED_BODY");
    assertThat(eventsOf(resource, id)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void anOperationOnAMalformedIdInThePath_answers400InvalidParameter(
      Resource resource, Operation op) throws Exception {
    api.assertProblem(
        send(resource, op, resource.malformedId(), resource.writerToken(), null),
        400,
        "INVALID_PARAMETER");
  }

  /** A new resource, created by its writer: one event in its stream. */
  private String created(Resource resource) {
    String id = resource.newId().get();
    ResponseEntity<String> response =
        api.post(resource.createPath(), resource.validBody().apply(id), resource.writerToken());
    assertThat(status(response)).as(response.getBody()).isEqualTo(201);
    assertThat(eventsOf(resource, id)).isEqualTo(1);
    return id;
  }

  private long eventsOf(Resource resource, String id) {
    return api.eventsOf(resource.streamId().apply(id));
  }

  private ResponseEntity<String> send(
      Resource resource, Operation op, String id, String token, String language) {
    String path = resource.createPath() + "/" + id + "/" + op.action();
    return api.send(op.method(), path, op.body(), token, language);
  }

  /** A problem without what differs from request to request (its request id and instance). */
  private static JsonNode withoutRequest(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove(List.of("requestId", "instance"));
    return copy;
  }

  private static Operation post(String action, String body) {
    return new Operation(HttpMethod.POST, action, body);
  }

  private static String newUuid() {
    return UUID.randomUUID().toString();
  }

  private static String newSlug(String prefix) {
    return prefix + "-mapeo-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Who a token speaks for. */
  record Identity(String user, String agency, String role) {
    String token() {
      return DevTokens.mint(user, agency, role);
    }
  }

  /** How to spoil a valid create body, and the field path the problem must name. */
  record Invalid(UnaryOperator<String> change, String fieldPath) {}

  /** The code and Spanish title of the resource's 404. */
  record NotFound(String code, String spanishTitle) {}

  /** A command on an existing resource: {@code /<resource>/<id>/<action>}. */
  record Operation(HttpMethod method, String action, String body) {
    @Override
    public String toString() {
      return method + " " + action;
    }
  }

  /**
   * One resource: its create path, how to make a new id, its event stream and a valid create body;
   * an invalid variant; who may write, which roles may not, an agency with no part in what the
   * writer creates (null where every writer sees everything); its 404; an id its paths refuse; and
   * its commands on an existing resource.
   */
  record Resource(
      String name,
      Supplier<String> newId,
      UnaryOperator<String> streamId,
      Function<String, String> validBody,
      Invalid invalid,
      Identity writer,
      List<Identity> mayNot,
      Identity outsider,
      NotFound notFound,
      String malformedId,
      List<Operation> operations) {

    String createPath() {
      return "/" + name;
    }

    String writerToken() {
      return writer.token();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
