package mx.bitacora.command.training;

import static mx.bitacora.command.CorrectionMatchers.onlyEventLike;
import static mx.bitacora.command.CorrectionMatchers.original;
import static mx.bitacora.command.training.TrainingTestData.*;

import java.math.BigDecimal;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections of completions and voidings of attendances and completions, by the trainer. */
class TrainingCorrectionTest {

  private static final String REASON = "Horas mal capturadas";
  private static final BigDecimal SIX = new BigDecimal("6");

  private AggregateTestFixture<TrainingSession> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(TrainingSession.class);
    fixture.registerInjectableResource(today(HELD_ON));
  }

  // Sequence numbers: 0 scheduled, 1 enrolled, 2 attended, 3 completed.
  private ResultValidator<TrainingSession> given(Object command) {
    return fixture
        .given(
            scheduled(),
            enrolled(PSYCHOLOGIST, DIF),
            attended(PSYCHOLOGIST),
            completed(PSYCHOLOGIST, HOURS, HELD_ON))
        .when(command);
  }

  private static CorrectTrainingFactCommand correct(
      long sequence, BigDecimal hours, String certificate) {
    return new CorrectTrainingFactCommand(SESSION, UNODC, sequence, REASON, hours, certificate);
  }

  @Test
  void correctCompletion_recordsTheCorrectedHours_keepingTheCertificate() {
    given(correct(3, SIX, null))
        .expectEventsMatching(
            onlyEventLike(
                new TrainingFactCorrectedEvent(
                    SESSION,
                    original(3),
                    TrainingFactKind.COMPLETION,
                    REASON,
                    PSYCHOLOGIST,
                    SIX,
                    CERTIFICATE)));
  }

  @Test
  void correctCompletion_mayChangeTheCertificateOnly() {
    given(correct(3, null, "UNODC-2022-CAT-018"))
        .expectEventsMatching(
            onlyEventLike(
                new TrainingFactCorrectedEvent(
                    SESSION,
                    original(3),
                    TrainingFactKind.COMPLETION,
                    REASON,
                    PSYCHOLOGIST,
                    HOURS,
                    "UNODC-2022-CAT-018")));
  }

  @Test
  void correctCompletion_fails_whenHoursExceedTheSession() {
    expectRejection(given(correct(3, new BigDecimal("9"), null)), "COMPLETED_HOURS_EXCEED_SESSION");
  }

  @Test
  void correctCompletion_fails_whenItChangesNothing() {
    expectRejection(given(correct(3, new BigDecimal("8.00"), null)), "CORRECTION_CHANGES_NOTHING");
  }

  @Test
  void correctCompletion_fails_forAParticipantsOwnAgency() {
    expectRejection(
        given(new CorrectTrainingFactCommand(SESSION, DIF, 3, REASON, SIX, null)),
        "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void correction_fails_forAnAgencyNeitherTrainingNorEnrolled() {
    expectRejection(
        given(new CorrectTrainingFactCommand(SESSION, FISCALIA, 3, REASON, SIX, null)),
        "TRAINING_SESSION_NOT_FOUND");
  }

  @Test
  void correction_fails_withoutAReason() {
    expectRejection(
        given(new CorrectTrainingFactCommand(SESSION, UNODC, 3, "", SIX, null)),
        "CORRECTION_WITHOUT_REASON");
  }

  @Test
  void correction_fails_whenTheOriginalIsNotInThisSessionsHistory() {
    expectRejection(given(correct(4, SIX, null)), "ORIGINAL_FACT_NOT_FOUND");
  }

  @Test
  void correction_fails_forAnAttendance_orTheEnrolment() {
    expectRejection(given(correct(2, SIX, null)), "FACT_NOT_CORRECTABLE");
    expectRejection(given(correct(1, SIX, null)), "FACT_NOT_CORRECTABLE");
  }

  @Test
  void aCorrectedCompletion_isWhatTheNextCorrectionComparesWith() {
    fixture
        .given(
            scheduled(),
            enrolled(PSYCHOLOGIST, DIF),
            attended(PSYCHOLOGIST),
            completed(PSYCHOLOGIST, HOURS, HELD_ON))
        .andGivenCommands(correct(3, SIX, null))
        .when(correct(3, SIX, null))
        .expectException(RejectedException.class)
        .expectExceptionMessage("CORRECTION_CHANGES_NOTHING");
  }

  @Test
  void voidAttendance_recordsTheVoiding_andAttendanceMayBeRecordedAgain() {
    given(new VoidTrainingFactCommand(SESSION, UNODC, 2, REASON))
        .expectEventsMatching(
            onlyEventLike(
                new TrainingFactVoidedEvent(
                    SESSION, original(2), TrainingFactKind.ATTENDANCE, REASON, PSYCHOLOGIST)));
    fixture
        .given(scheduled(), enrolled(PSYCHOLOGIST, DIF), attended(PSYCHOLOGIST))
        .andGivenCommands(new VoidTrainingFactCommand(SESSION, UNODC, 2, REASON))
        .when(new RecordAttendanceCommand(SESSION, UNODC, PSYCHOLOGIST))
        .expectEvents(new AttendanceRecordedEvent(SESSION, PSYCHOLOGIST));
  }

  @Test
  void voidCompletion_letsTheCompletionBeRecordedAgain() {
    given(new VoidTrainingFactCommand(SESSION, UNODC, 3, REASON))
        .expectEventsMatching(
            onlyEventLike(
                new TrainingFactVoidedEvent(
                    SESSION, original(3), TrainingFactKind.COMPLETION, REASON, PSYCHOLOGIST)));
    fixture
        .given(
            scheduled(),
            enrolled(PSYCHOLOGIST, DIF),
            attended(PSYCHOLOGIST),
            completed(PSYCHOLOGIST, HOURS, HELD_ON))
        .andGivenCommands(new VoidTrainingFactCommand(SESSION, UNODC, 3, REASON))
        .when(complete(UNODC, PSYCHOLOGIST, SIX))
        .expectEvents(completed(PSYCHOLOGIST, SIX, HELD_ON));
  }

  @Test
  void aVoidedCompletion_canBeNeitherCorrectedNorVoidedAgain() {
    fixture
        .given(
            scheduled(),
            enrolled(PSYCHOLOGIST, DIF),
            attended(PSYCHOLOGIST),
            completed(PSYCHOLOGIST, HOURS, HELD_ON))
        .andGivenCommands(new VoidTrainingFactCommand(SESSION, UNODC, 3, REASON))
        .when(correct(3, SIX, null))
        .expectNoEvents()
        .expectExceptionMessage("FACT_ALREADY_VOIDED");
    fixture
        .given(
            scheduled(),
            enrolled(PSYCHOLOGIST, DIF),
            attended(PSYCHOLOGIST),
            completed(PSYCHOLOGIST, HOURS, HELD_ON))
        .andGivenCommands(new VoidTrainingFactCommand(SESSION, UNODC, 3, REASON))
        .when(new VoidTrainingFactCommand(SESSION, UNODC, 3, REASON))
        .expectNoEvents()
        .expectExceptionMessage("FACT_ALREADY_VOIDED");
  }

  @Test
  void voiding_fails_forTheEnrolment() {
    expectRejection(
        given(new VoidTrainingFactCommand(SESSION, UNODC, 1, REASON)), "FACT_NOT_CORRECTABLE");
  }

  @Test
  void voiding_fails_forAParticipantsOwnAgency() {
    expectRejection(
        given(new VoidTrainingFactCommand(SESSION, DIF, 2, REASON)), "NOT_THE_TRAINER_AGENCY");
  }

  @Test
  void nothing_isCorrectedOrVoided_afterTheSessionIsCancelled() {
    expectRejection(
        fixture
            .given(
                scheduled(),
                enrolled(PSYCHOLOGIST, DIF),
                completed(PSYCHOLOGIST, HOURS, HELD_ON),
                cancelled())
            .when(new VoidTrainingFactCommand(SESSION, UNODC, 2, REASON)),
        "TRAINING_SESSION_CANCELLED");
  }

  private static void expectRejection(ResultValidator<TrainingSession> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
