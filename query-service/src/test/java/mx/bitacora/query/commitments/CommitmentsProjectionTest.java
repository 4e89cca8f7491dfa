package mx.bitacora.query.commitments;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentTerms;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commitments view: each commitment's status and figures from the facts (deliveries received,
 * staff trained, referrals answered in time), the facts listed by their log position, revisions and
 * withdrawals, facts and commitments committed out of order and by concurrent writers, and who sees
 * which commitment.
 */
@OwnContext
class CommitmentsProjectionTest extends ApiTest {

  private static final ZoneId NETWORK = ZoneId.of("America/Mexico_City");
  private static final LocalDate TODAY = LocalDate.now(NETWORK);
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @Autowired private JdbcTemplate jdbc;

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer serializer;

  @Value("${spring.datasource.url}")
  private String jdbcUrl;

  @Test
  void aDeliveryPromise_countsTheReceivedQuantityOfItsItem_listsEachReceiptByPosition() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    CommitmentId id = newId();
    log.append(
        made(
            id,
            List.of(UNODC),
            delivery(shelter, dif, " Colchón ", "Pieza", 20, TODAY.plusDays(30))),
        byStaffOf(UNODC));
    awaitStatus(id, "DUE");

    DeliveryId first = new DeliveryId(UUID.randomUUID());
    DeliveryId second = new DeliveryId(UUID.randomUUID());
    log.append(planned(first, shelter, dif, "colchon", "pieza", 12), byStaffOf(UNODC));
    String firstReceipt =
        log.append(received(first, dif, TODAY, 1, new BigDecimal("10")), byStaffOf(dif));
    log.append(planned(second, shelter, dif, "Colchones", "pieza", 30), byStaffOf(UNODC));
    log.append(received(second, dif, TODAY, 0, null), byStaffOf(dif));

    JsonNode detail = awaitFigures(id, "10", "DUE");
    JsonNode facts = detail.get("facts");
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).get("position").asLong()).isEqualTo(positionOf(firstReceipt));
    assertThat(facts.get(0).get("reference").asText()).isEqualTo(first.toString());
    assertThat(facts.get(0).get("amount").decimalValue()).isEqualByComparingTo("10");

    // a second delivery of the same item reaches the promise
    DeliveryId third = new DeliveryId(UUID.randomUUID());
    log.append(planned(third, shelter, dif, "COLCHÓN", "pieza", 10), byStaffOf(UNODC));
    String thirdReceipt = log.append(received(third, dif, TODAY, 0, null), byStaffOf(dif));
    assertThat(awaitFigures(id, "20", "MET").get("facts")).hasSize(2);

    // a voided receipt no longer counts
    log.append(
        new DeliveryFactVoidedEvent(
            third, new CorrectedFact(thirdReceipt, 1), DeliveryFactKind.RECEIPT, "No llegó"),
        byStaffOf(dif));
    awaitFigures(id, "10", "DUE");
  }

  @Test
  void
      afterTheDueDate_aPromisePartlyKeptIsPartlyMet_oneNotKeptAtAllOverdue_aWithdrawnOneWithdrawn() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    LocalDate madeOn = TODAY.minusDays(60);
    LocalDate due = TODAY.minusDays(10);
    CommitmentId partly = newId();
    CommitmentId overdue = newId();
    CommitmentId withdrawn = newId();
    log.append(
        new CommitmentMadeEvent(
            partly, List.of(UNODC), null, delivery(shelter, dif, "Kit", "kit", 50, due), madeOn),
        byStaffOf(UNODC));
    log.append(
        new CommitmentMadeEvent(
            overdue,
            List.of(UNODC),
            null,
            delivery(shelter, dif, "Cobija", "pieza", 5, due),
            madeOn),
        byStaffOf(UNODC));
    log.append(
        new CommitmentMadeEvent(
            withdrawn, List.of(UNODC), null, delivery(shelter, dif, "Kit", "kit", 5, due), madeOn),
        byStaffOf(UNODC));
    log.append(new CommitmentWithdrawnEvent(withdrawn, "Sin fondos"), byStaffOf(UNODC));
    DeliveryId inTime = new DeliveryId(UUID.randomUUID());
    DeliveryId late = new DeliveryId(UUID.randomUUID());
    DeliveryId before = new DeliveryId(UUID.randomUUID());
    log.append(planned(inTime, shelter, dif, "Kit", "kit", 30), byStaffOf(UNODC));
    log.append(received(inTime, dif, due, 0, null), byStaffOf(dif));
    log.append(planned(late, shelter, dif, "Kit", "kit", 20), byStaffOf(UNODC));
    log.append(received(late, dif, due.plusDays(1), 0, null), byStaffOf(dif));
    log.append(planned(before, shelter, dif, "Kit", "kit", 20), byStaffOf(UNODC));
    log.append(received(before, dif, madeOn.minusDays(1), 0, null), byStaffOf(dif));

    JsonNode detail = awaitFigures(partly, "30", "PARTLY_MET");
    assertThat(detail.at("/commitment/promised").decimalValue()).isEqualByComparingTo("50");
    assertThat(detail.get("facts")).hasSize(1);
    awaitFigures(overdue, "0", "OVERDUE");
    JsonNode gone = awaitFigures(withdrawn, "30", "WITHDRAWN");
    assertThat(gone.at("/changes/0/kind").asText()).isEqualTo("WITHDRAWAL");
    assertThat(gone.at("/changes/0/reason").asText()).isEqualTo("Sin fondos");

    assertThat(ids(list("?shelter=" + shelter.value() + "&status=OVERDUE", auditor)))
        .containsExactly(overdue.toString());
    assertThat(ids(list("?shelter=" + shelter.value() + "&status=PARTLY_MET", auditor)))
        .containsExactly(partly.toString());
  }

  @Test
  void
      aTrainingPromise_countsEachStaffMemberOfTheAgencyOnce_withTheAudience_notVoidedNorCancelled() {
    AgencyId fiscalia = NetworkFacts.newAgency("fiscalia");
    CommitmentId id = newId();
    log.append(
        made(
            id,
            List.of(UNODC),
            new TrainingTerms(fiscalia, TrainingAudience.PROSECUTORS, 3, TODAY.plusDays(5))),
        byStaffOf(UNODC));
    TrainingSessionId first = new TrainingSessionId(UUID.randomUUID());
    TrainingSessionId second = new TrainingSessionId(UUID.randomUUID());
    TrainingSessionId otherAudience = new TrainingSessionId(UUID.randomUUID());
    TrainingSessionId cancelled = new TrainingSessionId(UUID.randomUUID());
    for (TrainingSessionId session : List.of(first, second, cancelled)) {
      log.append(session(session, TrainingAudience.PROSECUTORS), byStaffOf(UNODC));
    }
    log.append(session(otherAudience, TrainingAudience.SHELTER_STAFF), byStaffOf(UNODC));
    String firstCompletion = complete(first, "fis-1", fiscalia);
    complete(first, "fis-2", fiscalia);
    complete(second, "fis-1", fiscalia); // the same person again: counted once
    complete(otherAudience, "fis-3", fiscalia);
    complete(cancelled, "fis-4", fiscalia);
    log.append(new TrainingSessionCancelledEvent(cancelled, "Sede cerrada"), byStaffOf(UNODC));
    String voided = complete(second, "fis-5", fiscalia);
    log.append(
        new TrainingFactVoidedEvent(
            second,
            new CorrectedFact(voided, 4),
            TrainingFactKind.COMPLETION,
            "No concluyó",
            new StaffId("fis-5")),
        byStaffOf(UNODC));

    JsonNode detail = awaitFigures(id, "2", "DUE");
    assertThat(detail.get("facts")).hasSize(3);
    assertThat(detail.at("/facts/0/position").asLong()).isEqualTo(positionOf(firstCompletion));
    assertThat(detail.at("/facts/0/staffId").asText()).isEqualTo("fis-1");

    log.append(
        new CommitmentRevisedEvent(
            id,
            new TrainingTerms(fiscalia, TrainingAudience.PROSECUTORS, 2, TODAY.plusDays(5)),
            "Se redujo la plantilla"),
        byStaffOf(UNODC));
    JsonNode revised = awaitFigures(id, "2", "MET");
    assertThat(revised.at("/commitment/revisions").asInt()).isEqualTo(1);
    assertThat(revised.at("/changes/0/reason").asText()).isEqualTo("Se redujo la plantilla");
  }

  @Test
  void aSessionForSeveralAudiences_countsTowardAPromiseToTrainAnyOfThem() {
    AgencyId fiscalia = NetworkFacts.newAgency("fiscalia");
    CommitmentId prosecutors = newId();
    log.append(
        made(
            prosecutors,
            List.of(UNODC),
            new TrainingTerms(fiscalia, TrainingAudience.PROSECUTORS, 4, TODAY.plusDays(5))),
        byStaffOf(UNODC));
    TrainingSessionId together = new TrainingSessionId(UUID.randomUUID());
    log.append(
        new TrainingSessionScheduledEvent(
            together,
            null,
            "Atención a víctimas",
            UNODC,
            TrainingAudience.SHELTER_STAFF,
            BigDecimal.TEN,
            TODAY,
            "Cancún",
            30,
            List.of(TrainingAudience.SHELTER_STAFF, TrainingAudience.PROSECUTORS)),
        byStaffOf(UNODC));
    String completion = complete(together, "fis-1", fiscalia);

    JsonNode detail = awaitFigures(prosecutors, "1", "DUE");
    assertThat(detail.at("/facts/0/position").asLong()).isEqualTo(positionOf(completion));
  }

  @Test
  void anAnswersPromise_countsTheReferralsReceivedInThePeriod_answeredBeforeTheirLimitRanOut() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    CommitmentId id = newId();
    log.append(
        made(id, List.of(dif), new ReferralAnswerTerms(TODAY.minusDays(1), TODAY.plusDays(1))),
        byStaffOf(dif));
    ReferralIssuedEvent answered = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
    ReferralIssuedEvent escalated = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
    ReferralIssuedEvent waiting = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
    ReferralIssuedEvent withdrawn = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
    for (ReferralIssuedEvent referral : List.of(answered, escalated, waiting, withdrawn)) {
      log.append(referral, byStaffOf(FISCALIA));
    }
    String answer = log.append(new ReferralAcceptedEvent(answered.referralId()), byStaffOf(dif));
    log.append(NetworkFacts.escalated(escalated, Instant.now()), java.util.Map.of());
    log.append(new ReferralAcceptedEvent(escalated.referralId()), byStaffOf(dif));
    log.append(new ReferralWithdrawnEvent(withdrawn.referralId()), byStaffOf(FISCALIA));

    JsonNode detail = awaitFigures(id, "1", "DUE");
    assertThat(detail.at("/commitment/promised").decimalValue()).isEqualByComparingTo("3");
    assertThat(detail.get("facts")).hasSize(3);
    List<String> kinds = new ArrayList<>();
    JsonNode inTime = null;
    for (JsonNode fact : detail.get("facts")) {
      kinds.add(fact.get("fact").asText());
      if (fact.get("reference").asText().equals(answered.referralId().toString())) {
        inTime = fact;
      }
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "REFERRAL_ANSWERED_IN_TIME",
            "REFERRAL_ANSWER_LIMIT_PASSED",
            "REFERRAL_AWAITING_ANSWER");
    assertThat(inTime.get("fact").asText()).isEqualTo("REFERRAL_ANSWERED_IN_TIME");
    assertThat(inTime.get("position").asLong()).isEqualTo(positionOf(answer));
    assertThat(inTime.get("counts").asBoolean()).isTrue();

    // A compliance reviewer sees referral counts below 5 as "<5", and not the facts counting them.
    JsonNode reviewed = detail(id, reviewer).body();
    assertThat(reviewed.at("/commitment/promised").isNull()).isTrue();
    assertThat(reviewed.at("/commitment/achieved").isNull()).isTrue();
    assertThat(reviewed.at("/commitment/promisedShown").asText()).isEqualTo("<5");
    assertThat(reviewed.at("/commitment/achievedShown").asText()).isEqualTo("<5");
    assertThat(reviewed.get("facts")).isEmpty();
    JsonNode listed = list("?agency=" + dif.value(), reviewer).get("commitments").get(0);
    assertThat(listed.get("promisedShown").asText()).isEqualTo("<5");
    assertThat(listed.toString()).doesNotContain(answered.referralId().toString());
    assertThat(detail.at("/commitment/promisedShown").asText()).isEqualTo("3");
  }

  @Test
  void aCommitmentCommittedAfterLaterFacts_andFactsCommittedAfterIt_allCount() throws Exception {
    AgencyId dif = NetworkFacts.newAgency("dif");
    CommitmentId id = newId();
    try (Connection late = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      late.setAutoCommit(false);
      LateCommits.appendWithoutCommitting(
          late,
          serializer,
          "Commitment",
          "commitment:" + id,
          made(id, List.of(dif), new ReferralAnswerTerms(TODAY.minusDays(1), TODAY.plusDays(1))),
          byStaffOf(dif));
      ReferralIssuedEvent first = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
      log.append(first, byStaffOf(FISCALIA));
      log.append(new ReferralAcceptedEvent(first.referralId()), byStaffOf(dif));
      await()
          .atMost(LAG)
          .until(
              () ->
                  jdbc.queryForObject(
                          "SELECT count(*) FROM read_model.commitment_referral WHERE answered"
                              + " AND receiving_agency = ?",
                          Integer.class,
                          dif.value())
                      == 1);
      late.commit();
    }
    awaitFigures(id, "1", "DUE");

    // and a referral committed after a later one
    ReferralId lateReferral = new ReferralId(UUID.randomUUID());
    try (Connection late = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      late.setAutoCommit(false);
      LateCommits.appendWithoutCommitting(
          late,
          serializer,
          "Referral",
          lateReferral.toString(),
          issued(lateReferral, FISCALIA, dif),
          byStaffOf(FISCALIA));
      ReferralIssuedEvent second = issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif);
      log.append(second, byStaffOf(FISCALIA));
      log.append(new ReferralAcceptedEvent(second.referralId()), byStaffOf(dif));
      late.commit();
    }
    JsonNode detail = awaitFigures(id, "2", "DUE");
    assertThat(detail.at("/commitment/promised").decimalValue()).isEqualByComparingTo("3");
  }

  @Test
  void concurrentWriters_eachReceiptCountsOnce() throws Exception {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    CommitmentId id = newId();
    log.append(
        made(id, List.of(UNODC), delivery(shelter, dif, "Kit", "kit", 1000, TODAY.plusDays(30))),
        byStaffOf(UNODC));
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      done.add(
          writers.submit(
              () -> {
                for (int d = 0; d < 5; d++) {
                  DeliveryId delivery = new DeliveryId(UUID.randomUUID());
                  log.append(planned(delivery, shelter, dif, "Kit", "kit", 10), byStaffOf(UNODC));
                  log.append(received(delivery, dif, TODAY, 0, null), byStaffOf(dif));
                }
                return null;
              }));
    }
    for (Future<?> writer : done) {
      writer.get();
    }
    writers.shutdown();
    assertThat(awaitFigures(id, "200", "DUE").get("facts")).hasSize(20);
  }

  @Test
  void staffSeeWhatTheirAgencyPromisedOrWasPromised_othersGet404_reviewersAndAuditorsAll() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    AgencyId fiscalia = NetworkFacts.newAgency("fiscalia");
    AgencyId outsider = NetworkFacts.newAgency("ong");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    ProjectId project = new ProjectId(UUID.randomUUID());
    CommitmentId toShelter = newId();
    CommitmentId toTrain = newId();
    log.append(
        new CommitmentMadeEvent(
            toShelter,
            List.of(UNODC, INL),
            project,
            delivery(shelter, dif, "Kit", "kit", 5, TODAY.plusDays(3)),
            TODAY),
        byStaffOf(INL));
    log.append(
        made(
            toTrain,
            List.of(UNODC),
            new TrainingTerms(fiscalia, TrainingAudience.PROSECUTORS, 3, TODAY.plusDays(3))),
        byStaffOf(UNODC));
    awaitStatus(toShelter, "DUE");
    awaitStatus(toTrain, "DUE");

    for (String token : List.of(staffOf(INL), staffOf(UNODC), staffOf(dif), auditor, reviewer)) {
      assertThat(detail(toShelter, token).status()).isEqualTo(200);
    }
    assertThat(detail(toTrain, staffOf(fiscalia)).status()).isEqualTo(200);
    for (String token : List.of(staffOf(outsider), staffOf(fiscalia))) {
      Answer notYours = detail(toShelter, token);
      Answer unknown = detail(newId(), token);
      assertProblem(notYours, 404, "COMMITMENT_NOT_FOUND");
      assertProblem(unknown, 404, "COMMITMENT_NOT_FOUND");
      assertThat(notYours.body().get("title")).isEqualTo(unknown.body().get("title"));
    }
    assertProblem(detail(toShelter, admin), 403, "FORBIDDEN");
    assertThat(ids(list("", staffOf(dif)))).containsExactly(toShelter.toString());
    assertThat(ids(list("", staffOf(fiscalia)))).containsExactly(toTrain.toString());
    assertThat(ids(list("", staffOf(outsider)))).isEmpty();
    assertThat(ids(list("?project=" + project, auditor))).containsExactly(toShelter.toString());
    assertThat(ids(list("?agency=" + fiscalia.value() + "&kind=TRAINING", reviewer)))
        .containsExactly(toTrain.toString());
    assertThat(ids(list("?agency=" + fiscalia.value() + "&kind=DELIVERY", reviewer))).isEmpty();
  }

  @Test
  void malformedParameters_are400() {
    for (String query :
        List.of(
            "?status=LATE",
            "?kind=PROMISE",
            "?size=0",
            "?size=101",
            "?page=-1",
            "?shelter=No Slug")) {
      assertThat(api.get("/commitments" + query.replace(" ", "%20"), auditor).status())
          .as(query)
          .isEqualTo(400);
    }
    assertThat(api.get("/commitments/not-a-uuid", auditor).status()).isEqualTo(400);
  }

  // helpers

  private static CommitmentId newId() {
    return new CommitmentId(UUID.randomUUID());
  }

  private static CommitmentMadeEvent made(
      CommitmentId id, List<AgencyId> committing, CommitmentTerms terms) {
    return new CommitmentMadeEvent(id, committing, null, terms, TODAY);
  }

  private static DeliveryTerms delivery(
      ShelterId shelter, AgencyId operator, String item, String unit, int quantity, LocalDate due) {
    return new DeliveryTerms(shelter, operator, item, unit, BigDecimal.valueOf(quantity), due);
  }

  private static DeliveryPlannedEvent planned(
      DeliveryId delivery, ShelterId shelter, AgencyId receiver, String item, String unit, int n) {
    return new DeliveryPlannedEvent(
        delivery,
        null,
        INL,
        List.of(UNODC),
        shelter,
        receiver,
        TODAY,
        List.of(
            new DeliveryItem(1, item, BigDecimal.valueOf(n), unit),
            new DeliveryItem(2, "Otro material", BigDecimal.ONE, unit)),
        List.of());
  }

  private static DeliveryReceiptAcknowledgedEvent received(
      DeliveryId delivery, AgencyId receiver, LocalDate on, int line, BigDecimal quantity) {
    return new DeliveryReceiptAcknowledgedEvent(
        delivery,
        new Official("Directora del albergue", receiver),
        on,
        line == 0 ? List.of() : List.of(new ItemDiscrepancy(line, quantity, "Llegaron menos")));
  }

  private static TrainingSessionScheduledEvent session(
      TrainingSessionId session, TrainingAudience audience) {
    return new TrainingSessionScheduledEvent(
        session,
        null,
        "Atención a víctimas",
        UNODC,
        audience,
        BigDecimal.TEN,
        TODAY,
        "Cancún",
        30,
        null);
  }

  private String complete(TrainingSessionId session, String staff, AgencyId agency) {
    log.append(enrolled(session, staff, agency), byStaffOf(UNODC));
    return log.append(
        new TrainingCompletedEvent(
            session, new StaffId(staff), BigDecimal.TEN, "C-" + staff, TODAY),
        byStaffOf(UNODC));
  }

  private long positionOf(String eventId) {
    return jdbc.queryForObject(
        "SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
        Long.class,
        eventId);
  }

  private void awaitStatus(CommitmentId id, String status) {
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              Answer answer = detail(id, auditor);
              assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
              assertThat(answer.body().at("/commitment/status").asText()).isEqualTo(status);
            });
  }

  private JsonNode awaitFigures(CommitmentId id, String achieved, String status) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              Answer answer = detail(id, auditor);
              assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
              assertThat(answer.body().at("/commitment/achieved").decimalValue())
                  .as(answer.body().toString())
                  .isEqualByComparingTo(achieved);
              assertThat(answer.body().at("/commitment/status").asText()).isEqualTo(status);
              last[0] = answer.body();
            });
    return last[0];
  }

  private Answer detail(CommitmentId id, String token) {
    return api.get("/commitments/" + id, token);
  }

  private JsonNode list(String query, String token) {
    Answer answer = api.get("/commitments" + query, token);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("commitments").forEach(c -> ids.add(c.get("commitmentId").asText()));
    return ids;
  }

  private static String staffOf(AgencyId agency) {
    return DevTokens.mint("staff-of-" + agency.value(), agency.value(), "AGENCY_STAFF");
  }
}
