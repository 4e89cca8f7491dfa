package mx.bitacora.command.training;

import static mx.bitacora.command.training.TrainingTestData.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

  /** "Today" for every test: the day after the session. */
  private static final LocalDate TODAY = HELD_ON.plusDays(1);

  private AggregateTestFixture<TrainingSession> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixtureOn(TODAY);
  }

  /** A fixture whose clock reads {@code date}: the first registered resource of a type wins. */
  private static AggregateTestFixture<TrainingSession> fixtureOn(LocalDate date) {
    AggregateTestFixture<TrainingSession> onDate =
        new AggregateTestFixture<>(TrainingSession.class);
    onDate.registerInjectableResource(today(date));
    return onDate;
  }

  @Test
  void schedule_recordsTheSession() {
    fixture
        .givenNoPriorActivity()
        .when(schedule())
        .expectSuccessfulHandlerExecution()
        .expectEvents(scheduled());
  }

  @Test
  void schedule_forSeveralAudiences_recordsEachOnce_theFirstAsItsAudience() {
    ScheduleTrainingSessionCommand one = schedule();
    ScheduleTrainingSessionCommand several =
        new ScheduleTrainingSessionCommand(
            one.trainingSessionId(),
            one.actingAgency(),
            one.projectId(),
            one.topic(),
            one.trainerAgency(),
            TrainingAudience.SHELTER_STAFF,
            one.hours(),
            one.heldOn(),
            one.place(),
            one.capacity(),
            List.of(TrainingAudience.PROSECUTORS, TrainingAudience.SHELTER_STAFF));
    TrainingSessionScheduledEvent expected = scheduled();
    fixture
        .givenNoPriorActivity()
        .when(several)
        .expectEvents(
            new TrainingSessionScheduledEvent(
                expected.trainingSessionId(),
                expected.projectId(),
                expected.topic(),
                expected.trainerAgency(),
                TrainingAudience.SHELTER_STAFF,
                expected.hours(),
                expected.heldOn(),
                expected.place(),
                expected.capacity(),
                List.of(TrainingAudience.SHELTER_STAFF, TrainingAudience.PROSECUTORS)));
  }

  @Test
  void schedule_fails_whenTheAgencyIsNotTheTrainer() {
    expectRejection(
        fixture.givenNoPriorActivity().when(schedule(DIF, HOURS, 2)), "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void schedule_fails_withZeroHours() {
    expectRejection(
        fixture.givenNoPriorActivity().when(schedule(UNODC, BigDecimal.ZERO, 2)),
        "NON_POSITIVE_TRAINING_HOURS");
  }

  @Test
  void schedule_fails_withZeroCapacity() {
    expectRejection(
        fixture.givenNoPriorActivity().when(schedule(UNODC, HOURS, 0)),
        "NON_POSITIVE_SESSION_CAPACITY");
  }

  @Test
  void enrol_byTheTrainer_recordsTheParticipant() {
    fixture
        .given(scheduled())
        .when(enrol(UNODC, PROSECUTOR, FISCALIA))
        .expectEvents(enrolled(PROSECUTOR, FISCALIA));
  }

  @Test
  void enrol_byTheParticipantsOwnAgency_recordsTheParticipant() {
    fixture
        .given(scheduled())
        .when(enrol(DIF, PSYCHOLOGIST, DIF))
        .expectEvents(enrolled(PSYCHOLOGIST, DIF));
  }

  @Test
  void enrol_answersNotFound_toAnUninvolvedAgencyEnrollingAnotherAgencysStaff() {
    expectRejection(
        fixture.given(scheduled()).when(enrol(SEGOB, PSYCHOLOGIST, DIF)),
        "TRAINING_SESSION_NOT_FOUND");
  }

  @Test
  void enrol_fails_whenAnInvolvedAgencyEnrolsAnotherAgencysStaff() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(enrol(DIF, PROSECUTOR, FISCALIA)),
        "NOT_TRAINER_OR_OWN_STAFF");
  }

  @Test
  void enrol_fails_whenTheStaffMemberIsAlreadyEnrolled() {
    expectRejection(
        fixture.given(scheduled(), enrolled(PSYCHOLOGIST, DIF)).when(enrol(DIF, PSYCHOLOGIST, DIF)),
        "PARTICIPANT_ALREADY_ENROLLED");
  }

  @Test
  void enrol_fails_whenTheSessionIsFull() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), enrolled(CARER, DIF))
            .when(enrol(UNODC, PROSECUTOR, FISCALIA)),
        "TRAINING_SESSION_FULL");
  }

  @Test
  void attendance_recordsThatAnEnrolledParticipantAttended() {
    fixture
        .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
        .when(new RecordAttendanceCommand(SESSION, UNODC, PSYCHOLOGIST))
        .expectEvents(attended(PSYCHOLOGIST));
  }

  @Test
  void attendance_fails_forSomeoneNotEnrolled() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(new RecordAttendanceCommand(SESSION, UNODC, CARER)),
        "PARTICIPANT_NOT_ENROLLED");
  }

  @Test
  void attendance_fails_whenAlreadyRecorded() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), attended(PSYCHOLOGIST))
            .when(new RecordAttendanceCommand(SESSION, UNODC, PSYCHOLOGIST)),
        "ATTENDANCE_ALREADY_RECORDED");
  }

  @Test
  void attendance_fails_whenTheParticipantsAgencyRecordsIt() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(new RecordAttendanceCommand(SESSION, DIF, PSYCHOLOGIST)),
        "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void attendance_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(new RecordAttendanceCommand(SESSION, FISCALIA, PSYCHOLOGIST)),
        "TRAINING_SESSION_NOT_FOUND");
  }

  @Test
  void completion_recordsHoursCertificateAndTheDateItWasRecorded() {
    BigDecimal sixHours = new BigDecimal("6");
    fixture
        .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
        .when(complete(UNODC, PSYCHOLOGIST, sixHours))
        .expectEvents(completed(PSYCHOLOGIST, sixHours, TODAY));
  }

  @Test
  void completion_succeeds_onTheSessionDateItself() {
    fixture = fixtureOn(HELD_ON);
    fixture
        .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
        .when(complete(UNODC, PSYCHOLOGIST, HOURS))
        .expectEvents(completed(PSYCHOLOGIST, HOURS, HELD_ON));
  }

  @Test
  void completion_fails_beforeTheSessionDate() {
    fixture = fixtureOn(HELD_ON.minusDays(1));
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(complete(UNODC, PSYCHOLOGIST, HOURS)),
        "COMPLETION_BEFORE_SESSION_DATE");
  }

  @Test
  void completion_fails_forSomeoneNotEnrolled() {
    expectRejection(
        fixture.given(scheduled(), enrolled(PSYCHOLOGIST, DIF)).when(complete(UNODC, CARER, HOURS)),
        "PARTICIPANT_NOT_ENROLLED");
  }

  @Test
  void completion_fails_withZeroHours() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(complete(UNODC, PSYCHOLOGIST, BigDecimal.ZERO)),
        "NON_POSITIVE_COMPLETED_HOURS");
  }

  @Test
  void completion_fails_withMoreHoursThanTheSession() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(complete(UNODC, PSYCHOLOGIST, new BigDecimal("8.5"))),
        "COMPLETED_HOURS_EXCEED_SESSION");
  }

  @Test
  void completion_fails_whenAlreadyCompleted() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), completed(PSYCHOLOGIST, HOURS, TODAY))
            .when(complete(UNODC, PSYCHOLOGIST, HOURS)),
        "TRAINING_ALREADY_COMPLETED");
  }

  @Test
  void completion_fails_whenTheParticipantsAgencyRecordsIt() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(complete(DIF, PSYCHOLOGIST, HOURS)),
        "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void cancel_recordsTheReason() {
    fixture
        .given(scheduled())
        .when(
            new CancelTrainingSessionCommand(SESSION, UNODC, "Suspendida por alerta meteorológica"))
        .expectEvents(cancelled());
  }

  @Test
  void cancel_fails_withoutAReason() {
    expectRejection(
        fixture.given(scheduled()).when(new CancelTrainingSessionCommand(SESSION, UNODC, " ")),
        "CANCELLATION_WITHOUT_REASON");
  }

  @Test
  void cancel_fails_whenAParticipantsAgencyTriesIt() {
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF))
            .when(new CancelTrainingSessionCommand(SESSION, DIF, "no")),
        "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void cancel_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture.given(scheduled()).when(new CancelTrainingSessionCommand(SESSION, SEGOB, "no")),
        "TRAINING_SESSION_NOT_FOUND");
  }

  @Test
  void nothing_isRecorded_afterCancellation() {
    TrainingSessionCancelledEvent cancelled = cancelled();
    expectRejection(
        fixture.given(scheduled(), cancelled).when(enrol(DIF, PSYCHOLOGIST, DIF)),
        "TRAINING_SESSION_CANCELLED");
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), cancelled)
            .when(new RecordAttendanceCommand(SESSION, UNODC, PSYCHOLOGIST)),
        "TRAINING_SESSION_CANCELLED");
    expectRejection(
        fixture
            .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), cancelled)
            .when(complete(UNODC, PSYCHOLOGIST, HOURS)),
        "TRAINING_SESSION_CANCELLED");
    expectRejection(
        fixture
            .given(scheduled(), cancelled)
            .when(new CancelTrainingSessionCommand(SESSION, UNODC, "otra vez")),
        "TRAINING_SESSION_CANCELLED");
  }

  private static void expectRejection(ResultValidator<TrainingSession> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
