package mx.bitacora.command.referral;

import static mx.bitacora.command.referral.ReferralTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static final ReferralDeclinedEvent DECLINED =
      new ReferralDeclinedEvent(REFERRAL, DeclineReason.NO_CAPACITY);
  private static final ReferralWithdrawnEvent WITHDRAWN = new ReferralWithdrawnEvent(REFERRAL);
  private static final ReferralClosedEvent CLOSED =
      new ReferralClosedEvent(REFERRAL, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED);

  private AggregateTestFixture<Referral> fixture;

  /** The deadline the issue schedules: it times the wait that began with the issue (sequence 0). */
  private static final ReferralAnswerDeadline FIRST_DEADLINE =
      new ReferralAnswerDeadline(REFERRAL, EMERGENCY_LIMIT, 0L);

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Referral.class);
    fixture.registerInjectableResource(LIMITS);
    fixture.registerInjectableResource(SHELTERS);
  }

  @Test
  void issue_schedulesTheAnswerDeadline_forItsUrgencysLimit() {
    fixture
        .givenNoPriorActivity()
        .when(issue())
        .expectScheduledDeadlineWithName(EMERGENCY_LIMIT, ReferralAnswerDeadline.NAME)
        .expectScheduledDeadline(EMERGENCY_LIMIT, FIRST_DEADLINE);
  }

  @Test
  void anUnansweredReferral_isEscalated_whenItsLimitRunsOut() {
    Instant issuedAt = fixture.currentTime();
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(issue())
        .whenThenTimeElapses(EMERGENCY_LIMIT)
        .expectDeadlinesMet(FIRST_DEADLINE)
        .expectEvents(
            new ReferralEscalatedEvent(
                REFERRAL,
                CASE,
                Urgency.EMERGENCY,
                EMERGENCY_LIMIT,
                issuedAt.plus(EMERGENCY_LIMIT)));
  }

  @Test
  void anUnansweredReferral_isNotEscalated_beforeItsLimit() {
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(issue())
        .whenThenTimeElapses(EMERGENCY_LIMIT.minusSeconds(1))
        .expectNoEvents()
        .expectScheduledDeadlineWithName(Duration.ofSeconds(1), ReferralAnswerDeadline.NAME);
  }

  @Test
  void accepting_leavesTheAnswerDeadline_toComeDueWithoutEscalating() {
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(issue(), new AcceptReferralCommand(REFERRAL, DIF))
        .whenThenTimeElapses(EMERGENCY_LIMIT.plusHours(1))
        .expectDeadlinesMet(FIRST_DEADLINE)
        .expectNoEvents();
  }

  @Test
  void declining_leavesTheAnswerDeadline_toComeDueWithoutEscalating() {
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(
            issue(), new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY))
        .whenThenTimeElapses(EMERGENCY_LIMIT.plusHours(1))
        .expectDeadlinesMet(FIRST_DEADLINE)
        .expectNoEvents();
  }

  @Test
  void withdrawing_leavesTheAnswerDeadline_toComeDueWithoutEscalating() {
    fixture
        .givenNoPriorActivity()
        .andGivenCommands(issue(), new WithdrawReferralCommand(REFERRAL, FISCALIA))
        .whenThenTimeElapses(EMERGENCY_LIMIT.plusHours(1))
        .expectDeadlinesMet(FIRST_DEADLINE)
        .expectNoEvents();
  }

  @Test
  void aDeadlineScheduledBeforeWaitsWereRecorded_timesTheCurrentWait() {
    ReferralAnswerDeadline legacy = new ReferralAnswerDeadline(REFERRAL, EMERGENCY_LIMIT, null);
    assertThat(legacy.isFor(0)).isTrue();
    assertThat(legacy.isFor(2)).isTrue();
    assertThat(FIRST_DEADLINE.isFor(0)).isTrue();
    assertThat(FIRST_DEADLINE.isFor(2)).isFalse();
  }

  @Test
  void anEscalatedReferral_canStillBeAccepted() {
    fixture
        .given(
            issued(),
            new ReferralEscalatedEvent(
                REFERRAL,
                CASE,
                Urgency.EMERGENCY,
                EMERGENCY_LIMIT,
                Instant.parse("2022-10-21T12:00:00Z")))
        .when(new AcceptReferralCommand(REFERRAL, DIF))
        .expectEvents(accepted());
  }

  @Test
  void issue_recordsTheReferral_withSealedDetailsOnly() {
    fixture.givenNoPriorActivity().when(issue()).expectEvents(issued());
  }

  @Test
  void issue_recordsAReferralWithoutDetailsOrShelter() {
    IssueReferralCommand bare =
        new IssueReferralCommand(
            REFERRAL,
            FISCALIA,
            CASE,
            DIF,
            null,
            ServiceRequested.PSYCHOLOGICAL,
            Urgency.ROUTINE,
            CONSENT,
            null,
            null,
            null,
            null,
            null);
    fixture
        .givenNoPriorActivity()
        .when(bare)
        .expectEvents(
            new ReferralIssuedEvent(
                REFERRAL,
                CASE,
                FISCALIA,
                DIF,
                null,
                ServiceRequested.PSYCHOLOGICAL,
                Urgency.ROUTINE,
                CONSENT,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void issue_fails_whenTheAgencyRefersToItself() {
    expectRejection(
        fixture.givenNoPriorActivity().when(issue(FISCALIA, FISCALIA)), "REFERRAL_TO_OWN_AGENCY");
  }

  @Test
  void issue_fails_withoutConsent() {
    IssueReferralCommand noConsent =
        new IssueReferralCommand(
            REFERRAL,
            FISCALIA,
            CASE,
            DIF,
            CAT_CANCUN,
            ServiceRequested.SHELTER,
            Urgency.URGENT,
            null,
            SEALED,
            DIGEST,
            null,
            null,
            null);
    expectRejection(fixture.givenNoPriorActivity().when(noConsent), "REFERRAL_WITHOUT_CONSENT");
  }

  @Test
  void issue_fails_whenTheDetailsWereSealedForAnotherCase() {
    IssueReferralCommand mixedUp =
        new IssueReferralCommand(
            REFERRAL,
            FISCALIA,
            CASE,
            DIF,
            CAT_CANCUN,
            ServiceRequested.SHELTER,
            Urgency.URGENT,
            CONSENT,
            new EncryptedDetails(new CaseReference("QROO-2022-0999"), SEALED.ciphertext()),
            DIGEST,
            null,
            null,
            null);
    expectRejection(fixture.givenNoPriorActivity().when(mixedUp), "DETAILS_OF_ANOTHER_CASE");
  }

  @Test
  void accept_recordsTheAcceptance() {
    fixture
        .given(issued())
        .when(new AcceptReferralCommand(REFERRAL, DIF))
        .expectEvents(new ReferralAcceptedEvent(REFERRAL));
  }

  @Test
  void accept_fails_whenTheIssuerTriesIt() {
    expectRejection(
        fixture.given(issued()).when(new AcceptReferralCommand(REFERRAL, FISCALIA)),
        "NOT_THE_REFERRAL_RECEIVER");
  }

  @Test
  void accept_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture.given(issued()).when(new AcceptReferralCommand(REFERRAL, UNODC)),
        "REFERRAL_NOT_FOUND");
  }

  @Test
  void accept_fails_whenAlreadyAccepted() {
    expectRejection(
        fixture.given(issued(), accepted()).when(new AcceptReferralCommand(REFERRAL, DIF)),
        "REFERRAL_ALREADY_ACCEPTED");
  }

  @Test
  void accept_fails_whenReferralWasWithdrawn() {
    expectRejection(
        fixture.given(issued(), WITHDRAWN).when(new AcceptReferralCommand(REFERRAL, DIF)),
        "REFERRAL_WITHDRAWN");
  }

  @Test
  void accept_fails_whenReferralWasDeclined() {
    expectRejection(
        fixture.given(issued(), DECLINED).when(new AcceptReferralCommand(REFERRAL, DIF)),
        "REFERRAL_DECLINED");
  }

  @Test
  void decline_recordsTheReason() {
    fixture
        .given(issued())
        .when(new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY))
        .expectEvents(DECLINED);
  }

  @Test
  void decline_fails_whenTheIssuerTriesIt() {
    expectRejection(
        fixture
            .given(issued())
            .when(new DeclineReferralCommand(REFERRAL, FISCALIA, DeclineReason.OTHER)),
        "NOT_THE_REFERRAL_RECEIVER");
  }

  @Test
  void decline_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture
            .given(issued())
            .when(new DeclineReferralCommand(REFERRAL, UNODC, DeclineReason.OTHER)),
        "REFERRAL_NOT_FOUND");
  }

  @Test
  void decline_fails_afterAcceptance() {
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(new DeclineReferralCommand(REFERRAL, DIF, DeclineReason.NO_CAPACITY)),
        "REFERRAL_ALREADY_ACCEPTED");
  }

  @Test
  void withdraw_recordsTheWithdrawal() {
    fixture
        .given(issued())
        .when(new WithdrawReferralCommand(REFERRAL, FISCALIA))
        .expectEvents(WITHDRAWN);
  }

  @Test
  void withdraw_fails_whenTheReceiverTriesIt() {
    expectRejection(
        fixture.given(issued()).when(new WithdrawReferralCommand(REFERRAL, DIF)),
        "NOT_THE_REFERRAL_ISSUER");
  }

  @Test
  void withdraw_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture.given(issued()).when(new WithdrawReferralCommand(REFERRAL, UNODC)),
        "REFERRAL_NOT_FOUND");
  }

  @Test
  void withdraw_fails_afterAcceptance() {
    expectRejection(
        fixture.given(issued(), accepted()).when(new WithdrawReferralCommand(REFERRAL, FISCALIA)),
        "REFERRAL_ALREADY_ACCEPTED");
  }

  @Test
  void withdraw_fails_whenAlreadyWithdrawn() {
    expectRejection(
        fixture.given(issued(), WITHDRAWN).when(new WithdrawReferralCommand(REFERRAL, FISCALIA)),
        "REFERRAL_WITHDRAWN");
  }

  @Test
  void close_recordsTheOutcome() {
    fixture
        .given(issued(), accepted())
        .when(
            new CloseReferralCommand(
                REFERRAL, DIF, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED))
        .expectEvents(CLOSED);
  }

  @Test
  void close_recordsAnUnsuccessfulOutcome() {
    fixture
        .given(issued(), accepted())
        .when(
            new CloseReferralCommand(
                REFERRAL, DIF, ReferralOutcome.NOT_SUCCESSFUL, ClosureReason.CONTACT_LOST))
        .expectEvents(
            new ReferralClosedEvent(
                REFERRAL, ReferralOutcome.NOT_SUCCESSFUL, ClosureReason.CONTACT_LOST));
  }

  @Test
  void close_fails_beforeAcceptance() {
    expectRejection(
        fixture.given(issued()).when(close(ReferralOutcome.SUCCESSFUL)), "REFERRAL_NOT_ACCEPTED");
  }

  @Test
  void close_fails_whenReferralWasDeclined() {
    expectRejection(
        fixture.given(issued(), DECLINED).when(close(ReferralOutcome.SUCCESSFUL)),
        "REFERRAL_DECLINED");
  }

  @Test
  void close_fails_whenAlreadyClosed() {
    expectRejection(
        fixture.given(issued(), accepted(), CLOSED).when(close(ReferralOutcome.SUCCESSFUL)),
        "REFERRAL_ALREADY_CLOSED");
  }

  @Test
  void close_fails_whenTheIssuerTriesIt() {
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(
                new CloseReferralCommand(
                    REFERRAL,
                    FISCALIA,
                    ReferralOutcome.SUCCESSFUL,
                    ClosureReason.SERVICE_PROVIDED)),
        "NOT_THE_REFERRAL_RECEIVER");
  }

  @Test
  void close_answersNotFound_toAnUninvolvedAgency() {
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(
                new CloseReferralCommand(
                    REFERRAL, UNODC, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED)),
        "REFERRAL_NOT_FOUND");
  }

  @Test
  void close_fails_whenTheReasonContradictsTheOutcome() {
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(
                new CloseReferralCommand(
                    REFERRAL, DIF, ReferralOutcome.SUCCESSFUL, ClosureReason.CONTACT_LOST)),
        "CLOSURE_REASON_CONTRADICTS_OUTCOME");
    expectRejection(
        fixture
            .given(issued(), accepted())
            .when(
                new CloseReferralCommand(
                    REFERRAL, DIF, ReferralOutcome.NOT_SUCCESSFUL, ClosureReason.SERVICE_PROVIDED)),
        "CLOSURE_REASON_CONTRADICTS_OUTCOME");
  }

  private static CloseReferralCommand close(ReferralOutcome outcome) {
    return new CloseReferralCommand(REFERRAL, DIF, outcome, ClosureReason.SERVICE_PROVIDED);
  }

  private static void expectRejection(ResultValidator<Referral> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
