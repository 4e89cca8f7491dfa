package mx.bitacora.command.referral;

import static mx.bitacora.command.CorrectionMatchers.onlyEventLike;
import static mx.bitacora.command.CorrectionMatchers.original;
import static mx.bitacora.command.referral.ReferralTestData.*;

import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Voidings of single referral steps: each a new event naming its original and the reason. */
class ReferralVoidingTest {

  private static final String REASON = "Respuesta registrada en la canalización equivocada";
  private static final ReferralDeclinedEvent DECLINED =
      new ReferralDeclinedEvent(REFERRAL, DeclineReason.NO_CAPACITY);
  private static final ReferralWithdrawnEvent WITHDRAWN = new ReferralWithdrawnEvent(REFERRAL);
  private static final ReferralClosedEvent CLOSED =
      new ReferralClosedEvent(REFERRAL, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED);

  /** The deadline a voiding at sequence 2 schedules: it times the wait the voiding began. */
  private static final ReferralAnswerDeadline FRESH_DEADLINE =
      new ReferralAnswerDeadline(REFERRAL, EMERGENCY_LIMIT, 2L);

  private AggregateTestFixture<Referral> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Referral.class);
    fixture.registerInjectableResource(LIMITS);
    fixture.registerInjectableResource(SHELTERS);
  }

  // Sequence numbers: 0 issued, 1 answered or withdrawn, 2 voided or closed.
  private static VoidReferralStepCommand voidStep(AgencyId agency, long sequence) {
    return new VoidReferralStepCommand(REFERRAL, agency, sequence, REASON);
  }

  private static ReferralStepVoidedEvent voided(long sequence, ReferralStepKind kind) {
    return new ReferralStepVoidedEvent(REFERRAL, original(sequence), kind, REASON);
  }

  @Test
  void voidAcceptance_byTheReceiver_namesTheOriginal_andSchedulesAFreshAnswerDeadline() {
    fixture
        .given(issued(), accepted())
        .when(voidStep(DIF, 1))
        .expectEventsMatching(onlyEventLike(voided(1, ReferralStepKind.ACCEPTANCE)))
        .expectScheduledDeadlineWithName(EMERGENCY_LIMIT, ReferralAnswerDeadline.NAME)
        .expectScheduledDeadline(EMERGENCY_LIMIT, FRESH_DEADLINE);
  }

  @Test
  void aVoidedAcceptance_letsTheReferralBeAcceptedAgain_andTheFreshDeadlineThenChangesNothing() {
    fixture
        .given(issued(), accepted())
        .andGivenCommands(voidStep(DIF, 1), new AcceptReferralCommand(REFERRAL, DIF))
        .whenThenTimeElapses(EMERGENCY_LIMIT)
        .expectDeadlinesMet(FRESH_DEADLINE)
        .expectNoEvents();
  }

  @Test
  void theDeadlineOfAWaitAVoidingReplaced_changesNothing_theFreshOneEscalatesOnce() {
    ReferralAnswerDeadline first = new ReferralAnswerDeadline(REFERRAL, EMERGENCY_LIMIT, 0L);
    Instant start = fixture.currentTime();
    // Issued, accepted and the acceptance voided at once: both deadlines come due together, and
    // only the fresh one times the wait that is still open.
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(issue(), new AcceptReferralCommand(REFERRAL, DIF), voidStep(DIF, 1))
        .whenThenTimeElapses(EMERGENCY_LIMIT)
        .expectDeadlinesMet(first, FRESH_DEADLINE)
        .expectEvents(
            new ReferralEscalatedEvent(
                REFERRAL, CASE, Urgency.EMERGENCY, EMERGENCY_LIMIT, start.plus(EMERGENCY_LIMIT)));
  }

  @Test
  void theFreshDeadline_escalatesAReferralStillUnansweredAfterTheVoiding() {
    Instant voidedAt = fixture.currentTime();
    fixture
        .given(issued(), accepted())
        .andGivenCommands(voidStep(DIF, 1))
        .whenThenTimeElapses(EMERGENCY_LIMIT)
        .expectDeadlinesMet(FRESH_DEADLINE)
        .expectEvents(
            new ReferralEscalatedEvent(
                REFERRAL,
                CASE,
                Urgency.EMERGENCY,
                EMERGENCY_LIMIT,
                voidedAt.plus(EMERGENCY_LIMIT)));
  }

  @Test
  void voidDecline_byTheReceiver_letsItAnswerAgain() {
    fixture
        .given(issued(), DECLINED)
        .when(voidStep(DIF, 1))
        .expectEventsMatching(onlyEventLike(voided(1, ReferralStepKind.DECLINE)))
        .expectScheduledDeadline(EMERGENCY_LIMIT, FRESH_DEADLINE);
    fixture
        .given(issued(), DECLINED)
        .andGivenCommands(voidStep(DIF, 1))
        .when(new AcceptReferralCommand(REFERRAL, DIF))
        .expectEvents(accepted());
  }

  @Test
  void voidWithdrawal_byTheIssuer_letsTheReceiverAnswer() {
    fixture
        .given(issued(), WITHDRAWN)
        .when(voidStep(FISCALIA, 1))
        .expectEventsMatching(onlyEventLike(voided(1, ReferralStepKind.WITHDRAWAL)))
        .expectScheduledDeadline(EMERGENCY_LIMIT, FRESH_DEADLINE);
    fixture
        .given(issued(), WITHDRAWN)
        .andGivenCommands(voidStep(FISCALIA, 1))
        .when(new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY))
        .expectEvents(DECLINED);
  }

  @Test
  void voidAnswer_fails_whenTheIssuerTriesIt() {
    expectRejection(
        fixture.given(issued(), accepted()).when(voidStep(FISCALIA, 1)),
        "NOT_THE_REFERRAL_RECEIVER");
    expectRejection(
        fixture.given(issued(), DECLINED).when(voidStep(FISCALIA, 1)), "NOT_THE_REFERRAL_RECEIVER");
  }

  @Test
  void voidWithdrawal_fails_whenTheReceiverTriesIt() {
    expectRejection(
        fixture.given(issued(), WITHDRAWN).when(voidStep(DIF, 1)), "NOT_THE_REFERRAL_ISSUER");
  }

  @Test
  void voiding_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture.given(issued(), accepted()).when(voidStep(UNODC, 1)), "REFERRAL_NOT_FOUND");
  }

  @Test
  void voiding_fails_withoutAReason() {
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(new VoidReferralStepCommand(REFERRAL, DIF, 1, " ")),
        "CORRECTION_WITHOUT_REASON");
  }

  @Test
  void voiding_fails_forAStepNotInTheReferral() {
    expectRejection(
        fixture.given(issued(), accepted()).when(voidStep(DIF, 7)), "ORIGINAL_FACT_NOT_FOUND");
  }

  @Test
  void theIssue_isNotVoidable_theWholeReferralIsNotVoidedThisWay() {
    expectRejection(fixture.given(issued()).when(voidStep(FISCALIA, 0)), "FACT_NOT_CORRECTABLE");
  }

  @Test
  void anEscalation_isNotVoidable_itWasRecordedByThePlatform() {
    ReferralEscalatedEvent escalated =
        new ReferralEscalatedEvent(
            REFERRAL,
            CASE,
            Urgency.EMERGENCY,
            EMERGENCY_LIMIT,
            Instant.parse("2022-10-21T12:00:00Z"));
    expectRejection(
        fixture.given(issued(), escalated).when(voidStep(DIF, 1)), "FACT_NOT_CORRECTABLE");
    expectRejection(
        fixture.given(issued(), escalated).when(voidStep(FISCALIA, 1)), "FACT_NOT_CORRECTABLE");
  }

  @Test
  void aVoiding_isNotItselfVoidable() {
    expectRejectionAfterAVoiding(
        fixture
            .given(issued(), accepted())
            .andGivenCommands(voidStep(DIF, 1))
            .when(voidStep(DIF, 2)),
        "FACT_NOT_CORRECTABLE");
  }

  @Test
  void aVoidedStep_isNotVoidedAgain() {
    expectRejectionAfterAVoiding(
        fixture
            .given(issued(), accepted())
            .andGivenCommands(voidStep(DIF, 1))
            .when(voidStep(DIF, 1)),
        "FACT_ALREADY_VOIDED");
  }

  @Test
  void onlyTheCurrentAnswer_isVoidable_aSupersededOneWasVoided() {
    // 0 issued, 1 accepted, 2 voided, 3 declined: the acceptance is no longer current.
    expectRejectionAfterAVoiding(
        fixture
            .given(issued(), accepted())
            .andGivenCommands(
                voidStep(DIF, 1),
                new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY))
            .when(voidStep(DIF, 1)),
        "FACT_ALREADY_VOIDED");
    fixture
        .given(issued(), accepted())
        .andGivenCommands(
            voidStep(DIF, 1), new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY))
        .when(voidStep(DIF, 3))
        .expectEventsMatching(onlyEventLike(voided(3, ReferralStepKind.DECLINE)));
  }

  @Test
  void nothing_isVoided_afterClosing_closingEndsTheRecord() {
    expectRejection(
        fixture.given(issued(), accepted(), CLOSED).when(voidStep(DIF, 1)),
        "REFERRAL_ALREADY_CLOSED");
    expectRejection(
        fixture.given(issued(), accepted(), CLOSED).when(voidStep(DIF, 2)),
        "REFERRAL_ALREADY_CLOSED");
  }

  private static void expectRejection(ResultValidator<Referral> result, String code) {
    result
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage(code)
        .expectNoScheduledDeadlines();
  }

  /** The earlier voiding's fresh deadline stands; the refused command adds nothing. */
  private static void expectRejectionAfterAVoiding(ResultValidator<Referral> result, String code) {
    result
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage(code)
        .expectScheduledDeadline(EMERGENCY_LIMIT, FRESH_DEADLINE);
  }
}
