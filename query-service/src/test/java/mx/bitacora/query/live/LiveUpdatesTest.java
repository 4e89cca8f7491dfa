package mx.bitacora.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.reviews.TestReviews;
import mx.bitacora.query.testing.AggregateEventLog;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server-sent-event streams announce each change once it is projected, scoped as the views are: DIF
 * staff hear of DIF's deliveries and shelters (also per shelter) and never of another agency's; the
 * commission hears of every one; roles without a stream get 403, also when they ask for an event
 * stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class LiveUpdatesTest extends QueryServiceTest {

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId MERIDA = new AgencyId("dif-merida");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String difStaff = DevTokens.mint("dif-staff-1", DIF.value(), "AGENCY_STAFF");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final ShelterId difShelter =
      new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 6));
  private final ShelterId meridaShelter =
      new ShelterId("albergue-" + UUID.randomUUID().toString().substring(0, 6));
  private final DeliveryId difDelivery = new DeliveryId(UUID.randomUUID());
  private final DeliveryId meridaDelivery = new DeliveryId(UUID.randomUUID());

  private AggregateEventLog log;
  private List<String> difHears;
  private List<String> difShelterHears;
  private List<String> commissionHears;

  @BeforeAll
  void openStreams_thenProjectTwoAgenciesDeliveries() {
    log = new AggregateEventLog(eventStore);
    // A shelter's stream opens only once the shelter is known to the caller.
    Map<String, Object> registration =
        AggregateEventLog.origin("staff-1", DIF, "req-live-shelter", "AGENCY_STAFF");
    log.append(
        "Shelter", "shelter:" + meridaShelter, registered(meridaShelter, MERIDA), registration);
    log.append("Shelter", "shelter:" + difShelter, registered(difShelter, DIF), registration);
    await()
        .atMost(LAG)
        .until(
            () ->
                status("/shelters/" + difShelter.value(), difStaff) == 200
                    && status("/shelters/" + meridaShelter.value(), auditor) == 200);
    difHears = listen("/live/my-agency", difStaff);
    difShelterHears = listen("/live/shelters/" + difShelter.value(), difStaff);
    commissionHears = listen("/live/commission", auditor);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                subscribed(difHears) && subscribed(difShelterHears) && subscribed(commissionHears));

    Map<String, Object> origin =
        AggregateEventLog.origin("staff-1", DIF, "req-live", "AGENCY_STAFF");
    log.append(
        "Delivery",
        meridaDelivery.toString(),
        planned(meridaDelivery, meridaShelter, MERIDA),
        origin);
    log.append("Delivery", difDelivery.toString(), planned(difDelivery, difShelter, DIF), origin);
  }

  @Test
  void staff_hearOfTheirAgencysChanges_eachTimeItIsProjected_andNeverOfAnotherAgencys() {
    await().atMost(LAG).until(() -> changesOf(difHears, difDelivery) >= 1);
    long heardBefore = changesOf(difHears, difDelivery);
    log.append(
        "Delivery",
        difDelivery.toString(),
        new DeliveryDispatchedEvent(difDelivery, LocalDate.of(2022, 10, 21)),
        AggregateEventLog.origin("staff-1", DIF, "req-live-2", "AGENCY_STAFF"));
    await().atMost(LAG).until(() -> changesOf(difHears, difDelivery) > heardBefore);
    await().atMost(LAG).until(() -> changesOf(commissionHears, meridaDelivery) >= 1);

    assertThat(String.join("\n", difHears)).doesNotContain(meridaDelivery.toString());
    assertThat(String.join("\n", difHears)).contains("\"view\":\"delivery\"");
  }

  @Test
  void trainingIsHeard_byTheTrainersStaff_andByTheAgencyOfAParticipant_butNotByOthers() {
    String meridaStaff = DevTokens.mint("merida-staff-1", MERIDA.value(), "AGENCY_STAFF");
    String inlStaff = DevTokens.mint("inl-staff-1", "inl", "AGENCY_STAFF");
    List<String> meridaHears = listen("/live/my-agency", meridaStaff);
    List<String> inlHears = listen("/live/my-agency", inlStaff);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> subscribed(meridaHears) && subscribed(inlHears));
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    Map<String, Object> origin =
        AggregateEventLog.origin("trainer-1", DIF, "req-live-training", "AGENCY_STAFF");
    log.append(
        "TrainingSession",
        session.toString(),
        new TrainingSessionScheduledEvent(
            session,
            ProjectId.of("5f0c1e4a-8d7b-4c1e-9a43-2b6f1f3d9e01"),
            "Atención a víctimas",
            DIF,
            TrainingAudience.SHELTER_STAFF,
            new BigDecimal("8"),
            LocalDate.of(2022, 10, 24),
            "Cancún",
            20,
            null),
        origin);
    log.append(
        "TrainingSession",
        session.toString(),
        new ParticipantEnrolledEvent(session, new StaffId("merida-0007"), MERIDA, "Psicóloga"),
        origin);

    await().atMost(LAG).until(() -> trainingChangesOf(difHears, session) >= 1);
    await().atMost(LAG).until(() -> trainingChangesOf(meridaHears, session) >= 1);
    await().atMost(LAG).until(() -> trainingChangesOf(commissionHears, session) >= 1);
    assertThat(String.join("\n", inlHears)).doesNotContain(session.toString());
  }

  @Test
  void anInboxNotice_isAnnouncedToTheAgencyItIsFor_andNotToTheOtherParty() {
    String inlStaff = DevTokens.mint("inl-staff-2", "inl", "AGENCY_STAFF");
    List<String> inlHears = listen("/live/my-agency", inlStaff);
    await().atMost(Duration.ofSeconds(10)).until(() -> subscribed(inlHears));
    ReferralId referral = new ReferralId(UUID.randomUUID());
    String noticeId =
        log.append(
            "Referral",
            referral.toString(),
            NetworkFacts.issued(referral, new AgencyId("inl"), DIF),
            AggregateEventLog.origin(
                "inl-staff-2", new AgencyId("inl"), "req-inbox", "AGENCY_STAFF"));

    // DIF receives the referral: the notice is DIF's; INL, the issuer, hears of the referral only.
    await().atMost(LAG).until(() -> changesOf(difHears, "inbox", noticeId) >= 1);
    await().atMost(LAG).until(() -> changesOf(inlHears, "referral", referral.toString()) >= 1);
    assertThat(changesOf(inlHears, "inbox", noticeId)).isZero();
  }

  @Test
  void
      aCommitment_isAnnouncedToItsPartiesWhenMadeAndWhenAFactConcerningItIsProjected_notToOthers() {
    CommitmentId toDif = new CommitmentId(UUID.randomUUID());
    CommitmentId toMerida = new CommitmentId(UUID.randomUUID());
    Map<String, Object> byInl =
        AggregateEventLog.origin("inl-staff-3", new AgencyId("inl"), "req-c", "AGENCY_STAFF");
    for (var promise : List.of(Map.entry(toDif, difShelter), Map.entry(toMerida, meridaShelter))) {
      log.append(
          "Commitment",
          "commitment:" + promise.getKey(),
          new CommitmentMadeEvent(
              promise.getKey(),
              List.of(new AgencyId("inl")),
              null,
              new DeliveryTerms(
                  promise.getValue(),
                  promise.getValue() == difShelter ? DIF : MERIDA,
                  "Kit de higiene",
                  "kit",
                  new BigDecimal("500"),
                  LocalDate.of(2099, 12, 31)),
              LocalDate.of(2022, 1, 1)),
          byInl);
    }
    await().atMost(LAG).until(() -> changesOf(difHears, "commitment", toDif.toString()) >= 1);
    long heardBefore = changesOf(difHears, "commitment", toDif.toString());
    DeliveryId delivery = new DeliveryId(UUID.randomUUID());
    Map<String, Object> byDif = AggregateEventLog.origin("staff-1", DIF, "req-c2", "AGENCY_STAFF");
    log.append("Delivery", delivery.toString(), planned(delivery, difShelter, DIF), byDif);
    await()
        .atMost(LAG)
        .until(() -> changesOf(difHears, "commitment", toDif.toString()) > heardBefore);
    await()
        .atMost(LAG)
        .until(() -> changesOf(commissionHears, "commitment", toMerida.toString()) >= 1);
    assertThat(changesOf(difHears, "commitment", toMerida.toString())).isZero();
  }

  @Test
  void aFindingsNotice_isAnnouncedToTheAgencyItConcerns_andNotToAnotherAgencyOfTheReview() {
    ReviewId review = TestReviews.newReview();
    log.append(
        "Review",
        "review:" + review,
        TestReviews.opened(review, DIF, MERIDA),
        TestReviews.byReviewer());
    String noticeId =
        log.append(
            "Review",
            "review:" + review,
            TestReviews.recorded(review, TestReviews.newFinding(), DIF, TestReviews.TODAY),
            TestReviews.byReviewer());

    await().atMost(LAG).until(() -> changesOf(difHears, "inbox", noticeId) >= 1);
    String meridaStaff = DevTokens.mint("merida-staff-1", MERIDA.value(), "AGENCY_STAFF");
    List<String> meridaHears = listen("/live/my-agency", meridaStaff);
    await().atMost(Duration.ofSeconds(10)).until(() -> subscribed(meridaHears));
    String secondId =
        log.append(
            "Review",
            "review:" + review,
            TestReviews.recorded(review, TestReviews.newFinding(), DIF, TestReviews.TODAY),
            TestReviews.byReviewer());
    await().atMost(LAG).until(() -> changesOf(difHears, "inbox", secondId) >= 1);
    assertThat(changesOf(meridaHears, "inbox", secondId)).isZero();
  }

  @Test
  void aShelterStream_hearsOnlyThatShelter() {
    await().atMost(LAG).until(() -> changesOf(difShelterHears, difDelivery) >= 1);

    assertThat(String.join("\n", difShelterHears)).doesNotContain(meridaDelivery.toString());
  }

  @Test
  void aShelterStream_hearsOfTheShelterItself_andStaffNeverOfAnotherAgencysShelter() {
    Map<String, Object> origin =
        AggregateEventLog.origin("staff-1", DIF, "req-live-shelter", "AGENCY_STAFF");
    long heardBefore = shelterChangesOf(difShelterHears, difShelter);
    log.append(
        "Shelter",
        "shelter:" + meridaShelter,
        new ShelterCapacityChangedEvent(meridaShelter, 24, 28),
        origin);
    log.append(
        "Shelter",
        "shelter:" + difShelter,
        new ShelterCapacityChangedEvent(difShelter, 24, 30),
        origin);

    await().atMost(LAG).until(() -> shelterChangesOf(difShelterHears, difShelter) > heardBefore);
    await().atMost(LAG).until(() -> shelterChangesOf(commissionHears, meridaShelter) >= 1);
    assertThat(shelterChangesOf(difHears, difShelter)).isPositive();
    assertThat(String.join("\n", difHears)).doesNotContain(meridaShelter.value());
  }

  @Test
  void staff_openingAnotherAgencysShelterStream_get404_exactlyAsForAnUnknownShelter()
      throws Exception {
    HttpResponse<String> others = openStream("/live/shelters/" + meridaShelter.value(), difStaff);
    HttpResponse<String> unknown = openStream("/live/shelters/albergue-desconocido", difStaff);

    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(others.body()).contains("SHELTER_NOT_FOUND").doesNotContain(meridaShelter.value());
    assertThat(withoutRequestId(others.body())).isEqualTo(withoutRequestId(unknown.body()));
    // The commission opens any shelter's stream.
    List<String> commissionOnMerida = listen("/live/shelters/" + meridaShelter.value(), auditor);
    await().atMost(Duration.ofSeconds(10)).until(() -> subscribed(commissionOnMerida));
  }

  @Test
  void theCommission_hearsOfEveryAgencysChanges() {
    await()
        .atMost(LAG)
        .until(
            () ->
                changesOf(commissionHears, difDelivery) >= 1
                    && changesOf(commissionHears, meridaDelivery) >= 1);
  }

  @ParameterizedTest
  @CsvSource({
    "/live/commission, AGENCY_STAFF",
    "/live/commission, PLATFORM_ADMIN",
    "/live/my-agency, PLATFORM_ADMIN",
    "/live/my-agency, COMMISSION_AUDITOR",
    "/live/shelters/cat-cancun, PLATFORM_ADMIN"
  })
  void rolesWithoutTheStream_get403_asAProblem_evenWhenAskingForAnEventStream(
      String path, String role) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + DevTokens.mint("user-1", "segob", role))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("FORBIDDEN");
  }

  @Test
  void withoutAToken_401() throws Exception {
    assertThat(
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/live/my-agency"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(401);
  }

  /** Asks for a stream and returns the answer only if it is refused (a stream never ends). */
  private HttpResponse<String> openStream(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A problem's body without what differs on every request (its request id). */
  private static String withoutRequestId(String problem) {
    return problem.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "");
  }

  private int status(String path, String token) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Opens a stream and collects its lines as they arrive. */
  private List<String> listen(String path, String token) {
    List<String> lines = new CopyOnWriteArrayList<>();
    http.sendAsync(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> consume(response.body(), lines));
    return lines;
  }

  private static void consume(Stream<String> body, List<String> lines) {
    new Thread(() -> body.forEach(lines::add), "sse-reader").start();
  }

  private static boolean subscribed(List<String> lines) {
    return lines.stream().anyMatch(line -> line.equals("event:subscribed"));
  }

  private static long changesOf(List<String> lines, DeliveryId delivery) {
    return lines.stream()
        .filter(line -> line.startsWith("data:") && line.contains(delivery.toString()))
        .count();
  }

  private static long shelterChangesOf(List<String> lines, ShelterId shelter) {
    return changesOf(lines, "shelter", shelter.value());
  }

  private static long trainingChangesOf(List<String> lines, TrainingSessionId session) {
    return changesOf(lines, "training", session.toString());
  }

  private static long changesOf(List<String> lines, String view, String id) {
    return lines.stream()
        .filter(
            line ->
                line.startsWith("data:")
                    && line.contains("\"view\":\"" + view + "\"")
                    && line.contains("\"id\":\"" + id + "\""))
        .count();
  }

  private static ShelterRegisteredEvent registered(ShelterId shelter, AgencyId operator) {
    return new ShelterRegisteredEvent(
        shelter, "CAT", ShelterKind.CAT, operator, "Benito Juárez", "Quintana Roo", 24, true, null);
  }

  private static DeliveryPlannedEvent planned(DeliveryId id, ShelterId shelter, AgencyId receiver) {
    return new DeliveryPlannedEvent(
        id,
        ProjectId.of("5f0c1e4a-8d7b-4c1e-9a43-2b6f1f3d9e01"),
        new AgencyId("inl"),
        List.of(new AgencyId("unodc-mexico")),
        shelter,
        receiver,
        LocalDate.of(2022, 10, 21),
        List.of(new DeliveryItem(1, "Kit de higiene", new BigDecimal("50"), "kit")),
        List.of(new Official("Responsable del albergue", receiver)));
  }
}
