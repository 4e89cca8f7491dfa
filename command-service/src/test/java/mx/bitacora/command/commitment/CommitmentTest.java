package mx.bitacora.command.commitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.command.project.ProjectDirectory;
import mx.bitacora.command.project.RegisteredProject;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UNODC promises mattresses to the CAT in Cancún, training for prosecutors, timely answers. */
class CommitmentTest {

  private static final CommitmentId ID =
      new CommitmentId(UUID.fromString("6e1f0c9a-31d2-4f3b-9a77-0000000000c1"));
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId SEGOB = new AgencyId("segob");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  private static final ShelterId CLOSED_SHELTER = new ShelterId("albergue-cerrado");
  private static final ShelterId UNKNOWN_SHELTER = new ShelterId("albergue-desconocido");
  private static final ProjectId PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa"));
  private static final ProjectId CLOSED_PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000bb"));
  private static final ProjectId UNKNOWN_PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000cc"));
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  private static final ShelterDirectory SHELTERS =
      shelterId ->
          Optional.ofNullable(
              Map.of(
                      CAT_CANCUN, new RegisteredShelter(CAT_CANCUN, DIF, false),
                      CLOSED_SHELTER, new RegisteredShelter(CLOSED_SHELTER, DIF, true))
                  .get(shelterId));
  private static final ProjectDirectory PROJECTS =
      projectId ->
          Optional.ofNullable(
              Map.of(
                      PROJECT, new RegisteredProject(PROJECT, INL, UNODC, false),
                      CLOSED_PROJECT, new RegisteredProject(CLOSED_PROJECT, INL, UNODC, true))
                  .get(projectId));

  private AggregateTestFixture<Commitment> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Commitment.class);
    fixture.registerInjectableResource(SHELTERS);
    fixture.registerInjectableResource(PROJECTS);
    fixture.registerInjectableResource(
        Clock.fixed(
            TODAY.atStartOfDay(ZoneId.of("America/Mexico_City")).toInstant(),
            ZoneId.of("America/Mexico_City")));
  }

  @Test
  void make_recordsADeliveryPromise_toTheShelterAndItsOperator() {
    fixture
        .givenNoPriorActivity()
        .when(make(UNODC, null, mattresses(20, DUE)))
        .expectEvents(delivered(List.of(UNODC), null, 20, DUE));
  }

  @Test
  void make_recordsATrainingPromise_andAnAnswersPromise() {
    fixture
        .givenNoPriorActivity()
        .when(
            make(
                UNODC,
                null,
                new PromisedTerms.Training(FISCALIA, TrainingAudience.PROSECUTORS, 12, DUE)))
        .expectEvents(
            new CommitmentMadeEvent(
                ID,
                List.of(UNODC),
                null,
                new TrainingTerms(FISCALIA, TrainingAudience.PROSECUTORS, 12, DUE),
                TODAY));
    fixture
        .givenNoPriorActivity()
        .when(make(DIF, null, new PromisedTerms.ReferralAnswers(TODAY.minusMonths(2), DUE)))
        .expectEvents(
            new CommitmentMadeEvent(
                ID, List.of(DIF), null, new ReferralAnswerTerms(TODAY.minusMonths(2), DUE), TODAY));
  }

  @Test
  void make_forAProject_bindsItsImplementerAndFunder_whicheverOfThemMakesIt() {
    fixture
        .givenNoPriorActivity()
        .when(make(INL, PROJECT, mattresses(20, DUE)))
        .expectEvents(delivered(List.of(UNODC, INL), PROJECT, 20, DUE));
  }

  @Test
  void make_forAProject_fails_forItsCoordinator() {
    expectRejection(
        fixture.givenNoPriorActivity().when(make(SEGOB, PROJECT, mattresses(20, DUE))),
        "NOT_A_COMMITTING_PARTY");
  }

  @Test
  void make_fails_forAnUnknownOrClosedProject() {
    expectRejection(
        fixture.givenNoPriorActivity().when(make(UNODC, UNKNOWN_PROJECT, mattresses(20, DUE))),
        "COMMITMENT_PROJECT_NOT_REGISTERED");
    expectRejection(
        fixture.givenNoPriorActivity().when(make(UNODC, CLOSED_PROJECT, mattresses(20, DUE))),
        "COMMITMENT_PROJECT_CLOSED");
  }

  @Test
  void make_fails_forAnUnregisteredOrClosedShelter() {
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(
                make(
                    UNODC,
                    null,
                    new PromisedTerms.Delivery(
                        UNKNOWN_SHELTER, "Colchones", "pieza", BigDecimal.TEN, DUE))),
        "COMMITMENT_SHELTER_NOT_REGISTERED");
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(
                make(
                    UNODC,
                    null,
                    new PromisedTerms.Delivery(
                        CLOSED_SHELTER, "Colchones", "pieza", BigDecimal.TEN, DUE))),
        "COMMITMENT_SHELTER_CLOSED");
  }

  @Test
  void make_fails_whenDueBeforeToday_butTodayItselfIsAccepted() {
    expectRejection(
        fixture.givenNoPriorActivity().when(make(UNODC, null, mattresses(20, TODAY.minusDays(1)))),
        "COMMITMENT_DUE_IN_THE_PAST");
    fixture
        .givenNoPriorActivity()
        .when(make(UNODC, null, mattresses(20, TODAY)))
        .expectEvents(delivered(List.of(UNODC), null, 20, TODAY));
  }

  @Test
  void make_onAStatedPastDay_holdsTheDueDateToThatDay() {
    LocalDate promisedOn = LocalDate.of(2022, 3, 1);
    LocalDate deliveredBy = LocalDate.of(2022, 10, 31);
    fixture
        .givenNoPriorActivity()
        .when(new MakeCommitmentCommand(ID, UNODC, null, mattresses(20, deliveredBy), promisedOn))
        .expectEvents(
            new CommitmentMadeEvent(
                ID,
                List.of(UNODC),
                null,
                new DeliveryTerms(
                    CAT_CANCUN, DIF, "Colchones", "pieza", BigDecimal.valueOf(20), deliveredBy),
                promisedOn));
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(
                new MakeCommitmentCommand(
                    ID, UNODC, null, mattresses(20, promisedOn.minusDays(1)), promisedOn)),
        "COMMITMENT_DUE_IN_THE_PAST");
  }

  @Test
  void make_fails_forNothingPromised() {
    expectRejection(
        fixture.givenNoPriorActivity().when(make(UNODC, null, mattresses(0, DUE))),
        "COMMITMENT_QUANTITY_NOT_POSITIVE");
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(
                make(
                    UNODC,
                    null,
                    new PromisedTerms.Training(FISCALIA, TrainingAudience.PROSECUTORS, 0, DUE))),
        "COMMITMENT_QUANTITY_NOT_POSITIVE");
  }

  @Test
  void make_fails_forAPeriodEndingBeforeItStarts() {
    expectRejection(
        fixture
            .givenNoPriorActivity()
            .when(make(DIF, null, new PromisedTerms.ReferralAnswers(DUE, DUE.minusDays(1)))),
        "COMMITMENT_PERIOD_ENDS_BEFORE_START");
  }

  @Test
  void revise_replacesTheTerms_withTheReason() {
    fixture
        .given(delivered(List.of(UNODC, INL), PROJECT, 20, DUE))
        .when(revise(INL, mattresses(15, DUE.plusMonths(1)), "  Ajuste presupuestal "))
        .expectEvents(
            new CommitmentRevisedEvent(
                ID,
                new DeliveryTerms(
                    CAT_CANCUN,
                    DIF,
                    "Colchones",
                    "pieza",
                    BigDecimal.valueOf(15),
                    DUE.plusMonths(1)),
                "Ajuste presupuestal"));
  }

  @Test
  void revise_fails_forAnAgencyThatDidNotCommit_asIfUnknown() {
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(revise(DIF, mattresses(15, DUE), "Ajuste")),
        "COMMITMENT_NOT_FOUND");
  }

  @Test
  void revise_fails_withoutAReason() {
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(revise(UNODC, mattresses(15, DUE), " ")),
        "COMMITMENT_REASON_REQUIRED");
  }

  @Test
  void revise_fails_toAnotherKind() {
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(
                revise(
                    UNODC,
                    new PromisedTerms.Training(FISCALIA, TrainingAudience.PROSECUTORS, 3, DUE),
                    "Otro")),
        "COMMITMENT_KIND_CANNOT_CHANGE");
  }

  @Test
  void revise_fails_whenNothingChanges_evenWrittenDifferently() {
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(revise(UNODC, mattresses(new BigDecimal("20.000"), DUE), "Igual")),
        "COMMITMENT_REVISION_CHANGES_NOTHING");
  }

  @Test
  void revise_fails_toADueDateInThePast() {
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(revise(UNODC, mattresses(20, TODAY.minusDays(1)), "Adelanto")),
        "COMMITMENT_DUE_IN_THE_PAST");
  }

  @Test
  void revise_fails_afterWithdrawal() {
    expectRejection(
        fixture
            .given(
                delivered(List.of(UNODC), null, 20, DUE),
                new CommitmentWithdrawnEvent(ID, "Sin fondos"))
            .when(revise(UNODC, mattresses(10, DUE), "Ajuste")),
        "COMMITMENT_WITHDRAWN");
  }

  @Test
  void withdraw_recordsTheReason() {
    fixture
        .given(delivered(List.of(UNODC), null, 20, DUE))
        .when(new WithdrawCommitmentCommand(ID, UNODC, "Sin fondos"))
        .expectEvents(new CommitmentWithdrawnEvent(ID, "Sin fondos"));
  }

  @Test
  void withdraw_fails_twice_withoutAReason_orByAnotherAgency() {
    expectRejection(
        fixture
            .given(
                delivered(List.of(UNODC), null, 20, DUE),
                new CommitmentWithdrawnEvent(ID, "Sin fondos"))
            .when(new WithdrawCommitmentCommand(ID, UNODC, "Otra vez")),
        "COMMITMENT_WITHDRAWN");
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(new WithdrawCommitmentCommand(ID, UNODC, "")),
        "COMMITMENT_REASON_REQUIRED");
    expectRejection(
        fixture
            .given(delivered(List.of(UNODC), null, 20, DUE))
            .when(new WithdrawCommitmentCommand(ID, DIF, "No es mío")),
        "COMMITMENT_NOT_FOUND");
  }

  private static MakeCommitmentCommand make(
      AgencyId agency, ProjectId project, PromisedTerms terms) {
    return new MakeCommitmentCommand(ID, agency, project, terms, null);
  }

  private static ReviseCommitmentCommand revise(
      AgencyId agency, PromisedTerms terms, String reason) {
    return new ReviseCommitmentCommand(ID, agency, terms, reason);
  }

  private static PromisedTerms.Delivery mattresses(int quantity, LocalDate dueOn) {
    return mattresses(BigDecimal.valueOf(quantity), dueOn);
  }

  private static PromisedTerms.Delivery mattresses(BigDecimal quantity, LocalDate dueOn) {
    return new PromisedTerms.Delivery(CAT_CANCUN, " Colchones ", "pieza", quantity, dueOn);
  }

  private static CommitmentMadeEvent delivered(
      List<AgencyId> committing, ProjectId project, int quantity, LocalDate dueOn) {
    return new CommitmentMadeEvent(
        ID,
        committing,
        project,
        new DeliveryTerms(
            CAT_CANCUN, DIF, "Colchones", "pieza", BigDecimal.valueOf(quantity), dueOn),
        TODAY);
  }

  private static void expectRejection(ResultValidator<Commitment> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
