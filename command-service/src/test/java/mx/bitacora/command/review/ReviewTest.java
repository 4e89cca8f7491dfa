package mx.bitacora.command.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.command.project.ProjectDirectory;
import mx.bitacora.command.project.RegisteredProject;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewScope;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 2023 review of the Cancún project: the materials for the CAT and the staff training. */
class ReviewTest {

  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
  private static final ReviewId REVIEW =
      new ReviewId(UUID.fromString("9d1e8f5a-0c1b-4d7e-8a11-0000000000a1"));
  private static final FindingId DELIVERY_GAP =
      new FindingId(UUID.fromString("9d1e8f5a-0c1b-4d7e-8a11-0000000000f1"));
  private static final FindingId TRAINING_GAP =
      new FindingId(UUID.fromString("9d1e8f5a-0c1b-4d7e-8a11-0000000000f2"));
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  private static final ProjectId PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa"));
  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate TO = LocalDate.of(2022, 12, 31);
  private static final ReviewScope SCOPE =
      new ReviewScope(List.of(DIF, UNODC, INL), PROJECT, CAT_CANCUN, FROM, TO);
  private static final List<ReviewCriterion> CRITERIA =
      List.of(
          new ReviewCriterion("ENTREGAS", "Materiales entregados y acusados"),
          new ReviewCriterion("CAPACITACION", "Personal capacitado según lo comprometido"));

  private static final CommitmentId MATTRESSES =
      new CommitmentId(UUID.fromString("6e1f0c9a-31d2-4f3b-9a77-0000000000c1"));
  private static final CommitmentId LATER_PROMISE =
      new CommitmentId(UUID.fromString("6e1f0c9a-31d2-4f3b-9a77-0000000000c2"));
  private static final long RECEIPT = 41L;
  private static final long OTHER_STATES_DELIVERY = 42L;

  /** What the log holds, as far as this review's evidence goes. */
  private static final ReviewEvidence LOG =
      new ReviewEvidence() {
        @Override
        public Optional<EvidenceReach> commitment(CommitmentId commitmentId) {
          return Optional.ofNullable(
              Map.of(
                      MATTRESSES,
                      new EvidenceReach(
                          Set.of(UNODC, INL, DIF), PROJECT, LocalDate.of(2022, 10, 20)),
                      LATER_PROMISE,
                      new EvidenceReach(Set.of(UNODC, INL), PROJECT, LocalDate.of(2024, 6, 30)))
                  .get(commitmentId));
        }

        @Override
        public Optional<EvidenceReach> event(long position) {
          return Optional.ofNullable(
              Map.of(
                      RECEIPT,
                      new EvidenceReach(Set.of(DIF), null, LocalDate.of(2022, 10, 21)),
                      OTHER_STATES_DELIVERY,
                      new EvidenceReach(
                          Set.of(new AgencyId("dif-jalisco")), null, LocalDate.of(2022, 5, 2)))
                  .get(position));
        }
      };

  private AggregateTestFixture<Review> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Review.class);
    fixture.registerInjectableResource(
        (ProjectDirectory)
            projectId ->
                Optional.of(projectId)
                    .filter(PROJECT::equals)
                    .map(id -> new RegisteredProject(id, INL, UNODC, false)));
    fixture.registerInjectableResource(
        (ShelterDirectory)
            shelterId ->
                Optional.of(shelterId)
                    .filter(CAT_CANCUN::equals)
                    .map(id -> new RegisteredShelter(id, DIF, false)));
    fixture.registerInjectableResource(LOG);
    fixture.registerInjectableResource(Clock.fixed(startOf(TODAY), MEXICO));
  }

  @Test
  void open_resolvesTheScope_toTheProjectsAndTheSheltersAgencies() {
    fixture
        .givenNoPriorActivity()
        .when(open(List.of(DIF), PROJECT, CAT_CANCUN, FROM, TO))
        .expectEvents(
            new ReviewOpenedEvent(REVIEW, "Proyecto Cancún 2022", SCOPE, CRITERIA, TODAY));
  }

  @Test
  void open_fails_forAPeriodEndingBeforeItStarts() {
    expectRejection(
        fixture.givenNoPriorActivity().when(open(List.of(DIF), null, null, TO, FROM)),
        "REVIEW_PERIOD_ENDS_BEFORE_START");
  }

  @Test
  void open_fails_forAnUnknownProjectOrShelter_orNoAgencyAtAll() {
    ProjectId unknownProject = new ProjectId(UUID.randomUUID());
    expectRejection(
        fixture.givenNoPriorActivity().when(open(List.of(DIF), unknownProject, null, FROM, TO)),
        "REVIEW_PROJECT_NOT_REGISTERED");
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(open(List.of(DIF), null, new ShelterId("albergue-desconocido"), FROM, TO)),
        "REVIEW_SHELTER_NOT_REGISTERED");
    expectRejection(
        fixture.givenNoPriorActivity().when(open(List.of(), null, null, FROM, TO)),
        "REVIEW_SCOPE_WITHOUT_AGENCY");
  }

  @Test
  void open_fails_forTwoCriteriaOfTheSameCode() {
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(
                new OpenReviewCommand(
                    REVIEW,
                    "Proyecto Cancún 2022",
                    List.of(DIF),
                    null,
                    null,
                    FROM,
                    TO,
                    List.of(
                        new ReviewCriterion("ENTREGAS", "uno"),
                        new ReviewCriterion("ENTREGAS", "otro")),
                    null)),
        "REVIEW_CRITERIA_REPEATED");
  }

  @Test
  void recordFinding_sendsItToTheAgency_andSchedulesItsResponseDeadline() {
    given(opened())
        .when(record(DELIVERY_GAP, DIF, new Evidence(List.of(MATTRESSES), List.of(RECEIPT))))
        .expectEvents(
            recorded(DELIVERY_GAP, DIF, new Evidence(List.of(MATTRESSES), List.of(RECEIPT))))
        .expectScheduledDeadlineWithName(
            Duration.between(fixtureNow(), startOf(DUE.plusDays(1))), FindingResponseDeadline.NAME);
  }

  @Test
  void recordFinding_fails_withoutEvidence_orCitingWhatDoesNotExist() {
    expectRejection(
        given(opened()).when(record(DELIVERY_GAP, DIF, new Evidence(List.of(), List.of()))),
        "FINDING_WITHOUT_EVIDENCE");
    expectRejection(
        fixture
            .given(opened())
            .when(
                record(
                    DELIVERY_GAP,
                    DIF,
                    new Evidence(List.of(new CommitmentId(UUID.randomUUID())), List.of()))),
        "EVIDENCE_NOT_FOUND");
    expectRejection(
        given(opened()).when(record(DELIVERY_GAP, DIF, new Evidence(null, List.of(99L)))),
        "EVIDENCE_NOT_FOUND");
  }

  @Test
  void recordFinding_fails_citingEvidenceOutsideTheAgenciesOrThePeriod() {
    expectRejection(
        fixture
            .given(opened())
            .when(record(DELIVERY_GAP, DIF, new Evidence(null, List.of(OTHER_STATES_DELIVERY)))),
        "EVIDENCE_OUT_OF_SCOPE");
    expectRejection(
        fixture
            .given(opened())
            .when(record(DELIVERY_GAP, DIF, new Evidence(List.of(LATER_PROMISE), null))),
        "EVIDENCE_OUT_OF_SCOPE");
  }

  @Test
  void recordFinding_fails_forAnAgencyOutsideTheScope_anUnknownCriterion_orAPastDueDate() {
    expectRejection(
        given(opened()).when(record(DELIVERY_GAP, FISCALIA, receipt())),
        "FINDING_AGENCY_NOT_IN_SCOPE");
    expectRejection(
        fixture
            .given(opened())
            .when(
                new RecordFindingCommand(
                    REVIEW,
                    DELIVERY_GAP,
                    "OTRO",
                    FindingSeverity.LOW,
                    DIF,
                    "Declaración",
                    null,
                    receipt(),
                    DUE,
                    null)),
        "CRITERION_NOT_IN_REVIEW");
    expectRejection(
        fixture
            .given(opened())
            .when(
                new RecordFindingCommand(
                    REVIEW,
                    DELIVERY_GAP,
                    "ENTREGAS",
                    FindingSeverity.LOW,
                    DIF,
                    "Declaración",
                    null,
                    receipt(),
                    TODAY.minusDays(1),
                    null)),
        "FINDING_DUE_IN_THE_PAST");
  }

  @Test
  void recordFinding_onAStatedPastDay_holdsTheResponseDueDateToThatDay() {
    LocalDate recordedOn = LocalDate.of(2023, 2, 20);
    LocalDate dueOn = LocalDate.of(2023, 3, 20);
    RecordFindingCommand stated =
        new RecordFindingCommand(
            REVIEW,
            TRAINING_GAP,
            "CAPACITACION",
            FindingSeverity.HIGH,
            UNODC,
            "Capacitadas 3 de 8 personas comprometidas.",
            null,
            receipt(),
            dueOn,
            recordedOn);
    given(opened())
        .when(stated)
        .expectEvents(
            new FindingRecordedEvent(
                REVIEW,
                TRAINING_GAP,
                "CAPACITACION",
                FindingSeverity.HIGH,
                UNODC,
                "Capacitadas 3 de 8 personas comprometidas.",
                null,
                receipt(),
                recordedOn,
                dueOn));
    expectRejection(
        fixture
            .given(opened())
            .when(
                new RecordFindingCommand(
                    REVIEW,
                    TRAINING_GAP,
                    "CAPACITACION",
                    FindingSeverity.HIGH,
                    UNODC,
                    "Capacitadas 3 de 8.",
                    null,
                    receipt(),
                    recordedOn.minusDays(1),
                    recordedOn)),
        "FINDING_DUE_IN_THE_PAST");
  }

  @Test
  void aFindingRecordedAfterItsDueDay_isEscalatedAtOnce() {
    LocalDate dueOn = LocalDate.of(2023, 3, 20);
    fixture
        .givenCurrentTime(startOf(TODAY))
        .andGiven(opened())
        .andGivenCommands(
            new RecordFindingCommand(
                REVIEW,
                TRAINING_GAP,
                "CAPACITACION",
                FindingSeverity.HIGH,
                UNODC,
                "Capacitadas 3 de 8 personas comprometidas.",
                null,
                receipt(),
                dueOn,
                LocalDate.of(2023, 2, 20)))
        .whenThenTimeElapses(Duration.ofSeconds(1))
        .expectEvents(
            new FindingEscalatedEvent(
                REVIEW, TRAINING_GAP, UNODC, dueOn, startOf(dueOn.plusDays(1))));
  }

  @Test
  void recordFinding_fails_forAFindingIdAlreadyRecorded() {
    expectRejection(
        fixture
            .given(opened(), recorded(DELIVERY_GAP, DIF, receipt()))
            .when(record(DELIVERY_GAP, DIF, receipt())),
        "FINDING_ALREADY_RECORDED");
  }

  @Test
  void answer_byTheAgencyConcerned_isRecorded() {
    given(opened(), recorded(DELIVERY_GAP, DIF, receipt()))
        .when(answer(DIF))
        .expectEvents(answered());
  }

  @Test
  void answer_byAnotherAgency_isTold_theReviewOrFindingDoesNotExist() {
    expectRejection(
        given(opened(), recorded(DELIVERY_GAP, DIF, receipt())).when(answer(FISCALIA)),
        "REVIEW_NOT_FOUND");
    expectRejection(
        fixture
            .given(opened(), recorded(DELIVERY_GAP, DIF, receipt()))
            .when(
                new AnswerFindingCommand(
                    REVIEW, TRAINING_GAP, DIF, "Respuesta", "Acción", DUE, null)),
        "FINDING_NOT_FOUND");
    expectRejection(
        fixture
            .given(
                opened(),
                recorded(DELIVERY_GAP, DIF, receipt()),
                recorded(TRAINING_GAP, UNODC, receipt()))
            .when(
                new AnswerFindingCommand(
                    REVIEW, TRAINING_GAP, DIF, "Respuesta", "Acción", DUE, null)),
        "FINDING_NOT_FOUND");
  }

  @Test
  void answer_fails_once_answered() {
    expectRejection(
        given(opened(), recorded(DELIVERY_GAP, DIF, receipt()), answered()).when(answer(DIF)),
        "FINDING_NOT_AWAITING_RESPONSE");
  }

  @Test
  void accept_settlesAnAnsweredFinding_butNotOneStillAwaitingItsAnswer() {
    given(opened(), recorded(DELIVERY_GAP, DIF, receipt()), answered())
        .when(new AcceptFindingCommand(REVIEW, DELIVERY_GAP, null))
        .expectEvents(new FindingAcceptedEvent(REVIEW, DELIVERY_GAP, DIF, TODAY));
    expectRejection(
        fixture
            .given(opened(), recorded(DELIVERY_GAP, DIF, receipt()))
            .when(new AcceptFindingCommand(REVIEW, DELIVERY_GAP, null)),
        "FINDING_NOT_ANSWERED");
  }

  @Test
  void reopen_asksForANewAnswer_byANewDate_andSchedulesItsDeadline() {
    LocalDate newDue = DUE.plusDays(15);
    given(opened(), recorded(DELIVERY_GAP, DIF, receipt()), answered())
        .when(
            new ReopenFindingCommand(REVIEW, DELIVERY_GAP, "Falta el acuse firmado", newDue, null))
        .expectEvents(
            new FindingReopenedEvent(
                REVIEW, DELIVERY_GAP, DIF, "Falta el acuse firmado", newDue, TODAY))
        .expectScheduledDeadlineWithName(
            Duration.between(fixtureNow(), startOf(newDue.plusDays(1))),
            FindingResponseDeadline.NAME);
  }

  @Test
  void aReopenedFinding_canBeAnsweredAgain() {
    given(
            opened(),
            recorded(DELIVERY_GAP, DIF, receipt()),
            answered(),
            new FindingReopenedEvent(REVIEW, DELIVERY_GAP, DIF, "Incompleta", DUE, TODAY))
        .when(answer(DIF))
        .expectEvents(answered());
  }

  @Test
  void theDeadline_escalatesAFindingStillUnanswered_atTheEndOfItsDueDay() {
    given(opened())
        .andGivenCommands(record(DELIVERY_GAP, DIF, receipt()))
        .whenThenTimeAdvancesTo(startOf(DUE.plusDays(1)))
        .expectDeadlinesMet(new FindingResponseDeadline(REVIEW, DELIVERY_GAP, DUE, 1L))
        .expectEvents(
            new FindingEscalatedEvent(REVIEW, DELIVERY_GAP, DIF, DUE, startOf(DUE.plusDays(1))));
  }

  @Test
  void theDeadline_ofAFindingAnsweredMeanwhile_changesNothing() {
    given(opened())
        .andGivenCommands(record(DELIVERY_GAP, DIF, receipt()), answer(DIF))
        .whenThenTimeAdvancesTo(startOf(DUE.plusDays(1)))
        .expectNoEvents();
  }

  @Test
  void aConcludedReview_takesNothingMore() {
    given(opened(), recorded(DELIVERY_GAP, DIF, receipt()))
        .when(
            new ConcludeReviewCommand(
                REVIEW, "Se cumplieron las entregas; la capacitación no.", null))
        .expectEvents(
            new ReviewConcludedEvent(
                REVIEW, "Se cumplieron las entregas; la capacitación no.", TODAY));
    List<Object> concluded =
        List.of(
            opened(),
            recorded(DELIVERY_GAP, DIF, receipt()),
            new ReviewConcludedEvent(REVIEW, "Concluida", TODAY));
    expectRejection(
        given(concluded.toArray()).when(record(TRAINING_GAP, DIF, receipt())), "REVIEW_CONCLUDED");
    expectRejection(given(concluded.toArray()).when(answer(DIF)), "REVIEW_CONCLUDED");
    expectRejection(
        given(concluded.toArray()).when(new ConcludeReviewCommand(REVIEW, "Otra vez", null)),
        "REVIEW_CONCLUDED");
  }

  /**
   * The fixture's clock set to the network's today, so deadlines fall where the review puts them.
   */
  private TestExecutor<Review> given(Object... events) {
    return fixture.givenCurrentTime(startOf(TODAY)).andGiven(events);
  }

  private static Instant fixtureNow() {
    return startOf(TODAY);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(MEXICO).toInstant();
  }

  private static OpenReviewCommand open(
      List<AgencyId> agencies, ProjectId project, ShelterId shelter, LocalDate from, LocalDate to) {
    return new OpenReviewCommand(
        REVIEW, " Proyecto Cancún 2022 ", agencies, project, shelter, from, to, CRITERIA, null);
  }

  private static ReviewOpenedEvent opened() {
    return new ReviewOpenedEvent(REVIEW, "Proyecto Cancún 2022", SCOPE, CRITERIA, TODAY);
  }

  private static Evidence receipt() {
    return new Evidence(List.of(), List.of(RECEIPT));
  }

  private static RecordFindingCommand record(FindingId finding, AgencyId agency, Evidence cited) {
    return new RecordFindingCommand(
        REVIEW,
        finding,
        "ENTREGAS",
        FindingSeverity.MEDIUM,
        agency,
        "Se acusaron 18 colchones de 20 comprometidos.",
        "Completar la entrega.",
        cited,
        DUE,
        null);
  }

  private static FindingRecordedEvent recorded(FindingId finding, AgencyId agency, Evidence cited) {
    return new FindingRecordedEvent(
        REVIEW,
        finding,
        "ENTREGAS",
        FindingSeverity.MEDIUM,
        agency,
        "Se acusaron 18 colchones de 20 comprometidos.",
        "Completar la entrega.",
        cited,
        TODAY,
        DUE);
  }

  private static AnswerFindingCommand answer(AgencyId agency) {
    return new AnswerFindingCommand(
        REVIEW,
        DELIVERY_GAP,
        agency,
        "Faltaron 2 por daño en el traslado.",
        "Reponer 2",
        DUE,
        null);
  }

  private static FindingAnsweredEvent answered() {
    return new FindingAnsweredEvent(
        REVIEW, DELIVERY_GAP, DIF, "Faltaron 2 por daño en el traslado.", "Reponer 2", DUE, TODAY);
  }

  private static void expectRejection(ResultValidator<Review> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
