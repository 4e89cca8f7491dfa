package mx.bitacora.query.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewScope;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.testing.AggregateEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Generated from query-service's OpenAPI document: every query endpoint × every role × the caller's
 * own agency's objects and another agency's. Each endpoint must have a row in {@link #EXPECTED} (a
 * new endpoint fails here until someone decides who may read it), each answer must have the
 * expected status, and no answer — of any status — may contain an object the caller may not see:
 * another agency's deliveries, referrals, case references and shelters for agency staff (the
 * directories excepted: they list every shelter, without a refugio's municipality and state), any
 * case reference for compliance reviewers, any case data for platform administrators, a shelter's
 * sealed location for anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
@TestPropertySource(
    properties = {
      "bitacora.integrity.seal-interval=50ms",
      "bitacora.integrity.checkpoint-every-positions=1"
    })
class VisibilityMatrixTest extends QueryServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEALED_LOCATION = "c2VsbGFkYQ==";
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** The caller's agency (for staff) and the objects it may see. */
  private static final World OWN = World.of("dif-benito-juarez", "fiscalia-quintana-roo", "inl");

  /** Another agency's objects, which the caller's staff must never see. */
  private static final World OTHER = World.of("dif-merida", "fiscalia-yucatan", "usaid");

  /**
   * A finding of the own world's review addressed to the other world's agency: the caller's staff
   * read that review, never this finding.
   */
  private static final FindingId FOREIGN_FINDING = new FindingId(UUID.randomUUID());

  private enum Caller {
    STAFF("AGENCY_STAFF", OWN.receiver.value()),
    AUDITOR("COMMISSION_AUDITOR", "segob"),
    REVIEWER("COMPLIANCE_REVIEWER", "segob"),
    ADMIN("PLATFORM_ADMIN", "segob");

    final String token;

    Caller(String role, String agency) {
      this.token = DevTokens.mint(name().toLowerCase() + "-1", agency, role);
    }
  }

  /** Expected status per caller, for the own agency's object and the other's (same if no id). */
  private record Expected(int staffOwn, int staffOther, int auditor, int reviewer, int admin) {
    static Expected all(int status) {
      return new Expected(status, status, status, status, status);
    }

    int of(Caller caller, boolean own) {
      return switch (caller) {
        case STAFF -> own ? staffOwn : staffOther;
        case AUDITOR -> auditor;
        case REVIEWER -> reviewer;
        case ADMIN -> admin;
      };
    }
  }

  /**
   * Who may read what, per "METHOD path" of the OpenAPI document. Auditors open another agency's
   * referral only by breaking the glass (403 without a reason; neither fixture referral is
   * escalated nor involves SEGOB).
   */
  private static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry("GET /deliveries/{deliveryId}", new Expected(200, 404, 200, 200, 403)),
          Map.entry("GET /shelters/{shelterId}/deliveries", new Expected(200, 200, 200, 200, 403)),
          Map.entry("GET /shelters/{shelterId}", new Expected(200, 404, 200, 200, 403)),
          Map.entry("GET /shelters/{shelterId}/materials", new Expected(200, 404, 200, 200, 403)),
          Map.entry("GET /referrals/{referralId}", new Expected(200, 404, 403, 200, 403)),
          Map.entry("GET /referrals", new Expected(200, 200, 200, 200, 403)),
          Map.entry("GET /access-log", new Expected(200, 200, 200, 403, 403)),
          Map.entry("GET /access-log/break-glass", new Expected(200, 200, 200, 403, 403)),
          Map.entry("GET /audit-trail", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /live/my-agency", new Expected(200, 200, 403, 403, 403)),
          Map.entry("GET /live/shelters/{shelterId}", new Expected(200, 404, 200, 200, 403)),
          Map.entry("GET /live/commission", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /audit-trail/export.csv", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /commission/overview", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /commission/overview/export.csv", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /commission/overview/export.pdf", new Expected(403, 403, 200, 200, 403)),
          Map.entry("GET /my-agency", new Expected(200, 200, 403, 403, 403)),
          Map.entry("GET /my-agency/activity", new Expected(200, 200, 403, 403, 403)),
          Map.entry("GET /my-agency/export.csv", new Expected(200, 200, 403, 403, 403)),
          // An agency's inbox: its own staff only, like my-agency (no case reference in it).
          Map.entry("GET /inbox", new Expected(200, 200, 403, 403, 403)),
          Map.entry("GET /projects", new Expected(200, 200, 200, 200, 403)),
          Map.entry("GET /projects/{projectId}", new Expected(200, 404, 200, 200, 403)),
          Map.entry(
              "GET /training-sessions/{trainingSessionId}", new Expected(200, 404, 200, 200, 403)),
          Map.entry("GET /commitments", new Expected(200, 200, 200, 200, 403)),
          Map.entry("GET /commitments/{commitmentId}", new Expected(200, 404, 200, 200, 403)),
          // Reviews: staff those with a finding for their agency (only those findings in them).
          Map.entry("GET /reviews", new Expected(200, 200, 200, 200, 403)),
          Map.entry("GET /reviews/{reviewId}", new Expected(200, 404, 200, 200, 403)),
          // A review's report: its reviewers and the commission's auditors, all findings in it.
          Map.entry("GET /reviews/{reviewId}/report", new Expected(403, 403, 200, 200, 403)),
          // Anyone holding a report may check it; the answer holds hashes and positions only.
          Map.entry("POST /reviews/reports/verification", Expected.all(200)),
          // The directories: every signed-in role, every agency's entries (DIRECTORIES below).
          Map.entry("GET /agencies", Expected.all(200)),
          Map.entry("GET /shelters", Expected.all(200)),
          Map.entry("GET /integrity/public-key", Expected.all(200)),
          Map.entry("GET /integrity/checkpoints", Expected.all(200)),
          Map.entry("GET /integrity/checkpoints/latest", Expected.all(200)),
          Map.entry("GET /integrity/access-log/checkpoints", Expected.all(200)),
          Map.entry("GET /integrity/access-log/checkpoints/latest", Expected.all(200)),
          Map.entry("GET /integrity/verification", new Expected(403, 403, 200, 403, 403)),
          Map.entry("POST /integrity/verification", new Expected(403, 403, 200, 403, 403)),
          Map.entry(
              "GET /integrity/access-log/verification", new Expected(403, 403, 200, 403, 403)),
          Map.entry(
              "POST /integrity/access-log/verification", new Expected(403, 403, 200, 403, 403)),
          // Operations: no case data. The matrix rebuilds nothing, so the group has no rebuild.
          Map.entry("GET /admin/rebuilds", new Expected(403, 403, 403, 403, 200)),
          Map.entry("GET /admin/dead-letters", new Expected(403, 403, 403, 403, 200)),
          Map.entry(
              "GET /admin/rebuilds/{processingGroup}", new Expected(403, 403, 403, 403, 404)));

  /**
   * Endpoints that change what the service does rather than read a view, left out of the matrix
   * (their roles are proved by their own tests: RebuildApiTest, DeadLettersApiTest).
   */
  private static final Set<String> OPERATIONS =
      Set.of(
          "POST /admin/rebuilds/{processingGroup}",
          "POST /admin/dead-letters/{processingGroup}/retry",
          "POST /admin/dead-letters/{processingGroup}/{eventId}/resolution");

  /**
   * The directories list every agency's shelters to every caller, so another agency's shelter id is
   * not hidden there; a refugio's municipality and state are, from everyone (both worlds' shelters
   * are refugios).
   */
  private static final Set<String> DIRECTORIES = Set.of("GET /agencies", "GET /shelters");

  private static final Set<String> REFUGIO_WHEREABOUTS = Set.of("Benito Juárez", "Quintana Roo");

  /** Request bodies of the query endpoints that are POSTs. */
  private static final Map<String, String> BODIES =
      Map.of(
          "POST /integrity/verification", "{\"checkpoints\": []}",
          "POST /integrity/access-log/verification", "{\"checkpoints\": []}",
          "POST /reviews/reports/verification", "{\"no\": \"report\"}");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired CaseAccessLog accessLog;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void recordBothWorlds() {
    AggregateEventLog log = new AggregateEventLog(eventStore);
    for (World world : List.of(OWN, OTHER)) {
      log.append("Shelter", "shelter:" + world.shelter, world.registered(), world.origin());
      log.append("Delivery", world.delivery.toString(), world.planned(), world.origin());
      log.append("Referral", world.referral.toString(), world.issued(), world.origin());
      log.append("Project", "project:" + world.project, world.opened(), world.origin());
      log.append("TrainingSession", world.session.toString(), world.scheduled(), world.origin());
      log.append("TrainingSession", world.session.toString(), world.enrolled(), world.origin());
      log.append("Commitment", "commitment:" + world.commitment, world.made(), world.origin());
      log.append("Review", "review:" + world.review, world.reviewOpened(), world.origin());
      log.append(
          "Review",
          "review:" + world.review,
          world.findingFor(world.finding, world.receiver),
          world.origin());
    }
    log.append(
        "Review",
        "review:" + OWN.review,
        OWN.findingFor(FOREIGN_FINDING, OTHER.receiver),
        OWN.origin());
    await()
        .atMost(LAG)
        .until(
            () ->
                send("GET", "/deliveries/" + OTHER.delivery, Caller.AUDITOR.token, null)
                            .statusCode()
                        == 200
                    && send("GET", "/referrals/" + OTHER.referral, Caller.REVIEWER.token, null)
                            .statusCode()
                        == 200
                    && send("GET", "/projects/" + OTHER.project, Caller.AUDITOR.token, null)
                            .statusCode()
                        == 200
                    && send("GET", "/commitments/" + OTHER.commitment, Caller.AUDITOR.token, null)
                            .statusCode()
                        == 200
                    && send("GET", "/reviews/" + OTHER.review, Caller.AUDITOR.token, null)
                        .body()
                        .contains(OTHER.finding.toString())
                    && send("GET", "/reviews/" + OWN.review, Caller.AUDITOR.token, null)
                        .body()
                        .contains(FOREIGN_FINDING.toString())
                    && send("GET", "/shelters/" + OTHER.shelter, Caller.AUDITOR.token, null)
                            .statusCode()
                        == 200
                    && send("GET", "/integrity/checkpoints/latest", Caller.STAFF.token, null)
                            .statusCode()
                        == 200);
    // One read each, so the access log has entries about both worlds' cases.
    send("GET", "/referrals/" + OWN.referral, Caller.STAFF.token, null);
    send("GET", "/referrals/" + OTHER.referral, Caller.REVIEWER.token, null);
    // And a break-glass read of each world's case, so the break-glass list has both.
    Actor commission =
        new Actor("auditor-2", new AgencyId("segob"), Set.of(Role.COMMISSION_AUDITOR));
    for (World world : List.of(OWN, OTHER)) {
      accessLog.record(
          CaseAccess.breakGlass(
              commission,
              "referral-detail",
              List.of(
                  new CaseReached(
                      world.caseReference.value(),
                      world.issuer,
                      List.of(world.issuer, world.receiver))),
              Map.of("referralId", world.referral.toString()),
              "Queja"));
    }
    await()
        .atMost(LAG)
        .until(
            () ->
                send("GET", "/integrity/access-log/checkpoints/latest", Caller.STAFF.token, null)
                        .statusCode()
                    == 200);
  }

  @TestFactory
  Stream<DynamicTest> everyQueryEndpoint_everyRole_ownAndOtherAgency() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String endpoint : endpointsInTheOpenApiDocument()) {
      if (OPERATIONS.contains(endpoint)) {
        continue;
      }
      Expected expected = EXPECTED.get(endpoint);
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String template = endpoint.substring(endpoint.indexOf(' ') + 1);
      boolean takesAnId = PATH_VARIABLE.matcher(template).find();
      for (Caller caller : Caller.values()) {
        for (boolean own : takesAnId ? List.of(true, false) : List.of(true)) {
          String name =
              endpoint + " as " + caller + (takesAnId ? (own ? " (own)" : " (other)") : "");
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () -> {
                    assertThat(expected)
                        .as(
                            "%s is in the OpenAPI document but not in EXPECTED: decide who may read it",
                            endpoint)
                        .isNotNull();
                    String path = fill(template, own ? OWN : OTHER);
                    Answer answer = send(method, path, caller.token, BODIES.get(endpoint));
                    assertThat(answer.statusCode())
                        .as("%s %s as %s: %s", method, path, caller, answer.body())
                        .isEqualTo(expected.of(caller, own));
                    assertNothingHidden(
                        caller, path, answer.body(), DIRECTORIES.contains(endpoint));
                  }));
        }
      }
    }
    return tests.stream();
  }

  /**
   * The body holds no object hidden from {@code caller}, except what the caller itself sent, and
   * never a shelter's sealed location, whoever asks.
   */
  private static void assertNothingHidden(
      Caller caller, String path, String body, boolean directory) {
    assertThat(body)
        .as("%s as %s reveals a sealed location", path, caller)
        .doesNotContain(SEALED_LOCATION);
    Set<String> hiddenHere = new HashSet<>(hiddenFrom(caller));
    if (directory) {
      hiddenHere.remove(OTHER.shelter.value());
      for (String whereabouts : REFUGIO_WHEREABOUTS) {
        assertThat(body)
            .as("%s as %s reveals a refugio's whereabouts", path, caller)
            .doesNotContain(whereabouts);
      }
    }
    for (String hidden : hiddenHere) {
      if (!path.contains(hidden)) {
        assertThat(body).as("%s as %s reveals %s", path, caller, hidden).doesNotContain(hidden);
      }
    }
  }

  private static Set<String> hiddenFrom(Caller caller) {
    return switch (caller) {
      case STAFF ->
          Set.of(
              OTHER.delivery.toString(),
              OTHER.referral.toString(),
              OTHER.caseReference.value(),
              OTHER.shelter.value(),
              OTHER.commitment.toString(),
              OTHER.review.toString(),
              OTHER.finding.toString(),
              FOREIGN_FINDING.toString());
      case REVIEWER -> Set.of(OWN.caseReference.value(), OTHER.caseReference.value());
      case ADMIN ->
          Set.of(
              OWN.delivery.toString(),
              OWN.referral.toString(),
              OWN.caseReference.value(),
              OTHER.delivery.toString(),
              OTHER.referral.toString(),
              OTHER.caseReference.value());
      case AUDITOR -> Set.of();
    };
  }

  private List<String> endpointsInTheOpenApiDocument() throws Exception {
    JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null, null).body()).path("paths");
    assertThat(paths.size()).as("the OpenAPI document lists the query endpoints").isPositive();
    List<String> endpoints = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(method -> endpoints.add(method.toUpperCase() + " " + path.getKey()));
    }
    return endpoints;
  }

  private static String fill(String template, World world) {
    Map<String, String> ids =
        Map.of(
            "deliveryId", world.delivery.toString(),
            "referralId", world.referral.toString(),
            "shelterId", world.shelter.value(),
            "processingGroup", "training",
            "projectId", world.project.toString(),
            "commitmentId", world.commitment.toString(),
            "reviewId", world.review.toString(),
            "trainingSessionId", world.session.toString());
    Matcher variable = PATH_VARIABLE.matcher(template);
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      String id = ids.get(variable.group(1));
      if (id == null) {
        fail(
            "No fixture for {%s} in %s: add one to VisibilityMatrixTest",
            variable.group(1), template);
      }
      variable.appendReplacement(path, id);
    }
    return variable.appendTail(path).toString();
  }

  /** A status and a body; for an event stream, what it sent up to its first event. */
  private record Answer(int statusCode, String body) {}

  private static String bodyOf(HttpResponse<InputStream> answer) throws IOException {
    try (InputStream body = answer.body()) {
      if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
      // A stream stays open: read its first event (the subscription notice) and hang up.
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      int previous = -1;
      for (int next = body.read(); next != -1; next = body.read()) {
        first.write(next);
        if (next == '\n' && previous == '\n') {
          break;
        }
        previous = next;
      }
      return first.toString(StandardCharsets.UTF_8);
    }
  }

  private Answer send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<InputStream> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      return new Answer(answer.statusCode(), bodyOf(answer));
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  /**
   * One agency's corner of the network: a delivery to its shelter under a project it implements, a
   * referral it received.
   */
  private record World(
      AgencyId receiver,
      AgencyId issuer,
      AgencyId funder,
      ShelterId shelter,
      DeliveryId delivery,
      ReferralId referral,
      CaseReference caseReference,
      ProjectId project,
      CommitmentId commitment,
      ReviewId review,
      FindingId finding,
      TrainingSessionId session) {

    static World of(String receiver, String issuer, String funder) {
      String tag = UUID.randomUUID().toString().substring(0, 6);
      return new World(
          new AgencyId(receiver),
          new AgencyId(issuer),
          new AgencyId(funder),
          new ShelterId("albergue-" + tag),
          new DeliveryId(UUID.randomUUID()),
          new ReferralId(UUID.randomUUID()),
          new CaseReference("CASO-2026-" + tag.toUpperCase()),
          new ProjectId(UUID.randomUUID()),
          new CommitmentId(UUID.randomUUID()),
          new ReviewId(UUID.randomUUID()),
          new FindingId(UUID.randomUUID()),
          new TrainingSessionId(UUID.randomUUID()));
    }

    /** A session the funder gives, in which one of the receiver's staff enrols. */
    TrainingSessionScheduledEvent scheduled() {
      return new TrainingSessionScheduledEvent(
          session,
          null,
          "Atención a víctimas de trata",
          funder,
          TrainingAudience.SHELTER_STAFF,
          new BigDecimal("8"),
          LocalDate.of(2022, 10, 21),
          "Cancún",
          20,
          null);
    }

    ParticipantEnrolledEvent enrolled() {
      return new ParticipantEnrolledEvent(
          session, new StaffId(receiver.value() + "-0001"), receiver, "Personal del albergue");
    }

    /** A compliance review of both worlds' receivers, opened by the commission. */
    ReviewOpenedEvent reviewOpened() {
      return new ReviewOpenedEvent(
          review,
          "Revisión de entregas",
          new ReviewScope(
              List.of(OWN.receiver, OTHER.receiver),
              null,
              null,
              LocalDate.of(2022, 1, 1),
              LocalDate.of(2022, 12, 31)),
          List.of(new ReviewCriterion("ENTREGAS", "Entregas acusadas")),
          LocalDate.of(2026, 1, 1));
    }

    /** A finding of this world's review addressed to {@code agency}, citing the commitment. */
    FindingRecordedEvent findingFor(FindingId id, AgencyId agency) {
      return new FindingRecordedEvent(
          review,
          id,
          "ENTREGAS",
          FindingSeverity.MEDIUM,
          agency,
          "Entrega sin acuse",
          null,
          new Evidence(List.of(commitment), List.of()),
          LocalDate.of(2026, 1, 2),
          LocalDate.of(2099, 1, 31));
    }

    /** The funder's promise of hygiene kits to the shelter (its operator: the receiver). */
    CommitmentMadeEvent made() {
      return new CommitmentMadeEvent(
          commitment,
          List.of(funder),
          null,
          new DeliveryTerms(
              shelter,
              receiver,
              "Kit de higiene",
              "kit",
              new BigDecimal("50"),
              LocalDate.of(2099, 12, 31)),
          LocalDate.of(2026, 1, 1));
    }

    ProjectOpenedEvent opened() {
      return new ProjectOpenedEvent(
          project,
          "Fortalecimiento de albergues",
          funder,
          receiver,
          issuer,
          List.of(shelter),
          LocalDate.of(2022, 1, 1),
          LocalDate.of(2023, 12, 31));
    }

    DeliveryPlannedEvent planned() {
      return new DeliveryPlannedEvent(
          delivery,
          project,
          funder,
          List.of(funder),
          shelter,
          receiver,
          LocalDate.of(2022, 10, 21),
          List.of(new DeliveryItem(1, "Kit de higiene", new BigDecimal("50"), "kit")),
          List.of(new Official("Responsable del albergue", receiver)));
    }

    /** The shelter, operated by the receiving agency, with a sealed location. */
    ShelterRegisteredEvent registered() {
      return new ShelterRegisteredEvent(
          shelter,
          "Albergue " + receiver.value(),
          ShelterKind.REFUGIO,
          receiver,
          "Benito Juárez",
          "Quintana Roo",
          20,
          true,
          new EncryptedLocation(SEALED_LOCATION));
    }

    ReferralIssuedEvent issued() {
      return new ReferralIssuedEvent(
          referral,
          caseReference,
          issuer,
          receiver,
          shelter,
          ServiceRequested.SHELTER,
          Urgency.ROUTINE,
          new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY),
          new EncryptedDetails(caseReference, "c2VsbGFkbw=="),
          null,
          null,
          null,
          null);
    }

    Map<String, Object> origin() {
      Map<String, Object> metaData = new LinkedHashMap<>();
      metaData.putAll(
          AggregateEventLog.origin(
              "staff-of-" + issuer.value(), issuer, "req-" + UUID.randomUUID(), "AGENCY_STAFF"));
      return metaData;
    }
  }
}
