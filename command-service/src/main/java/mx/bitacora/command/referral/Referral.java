package mx.bitacora.command.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One referral of a victim from an agency to another: issued, then accepted, declined or withdrawn;
 * an accepted referral is closed by its receiver with an outcome. Only the issuing and receiving
 * agencies know it exists. A referral still unanswered when its urgency's answer limit runs out is
 * escalated to the commission (once); escalation is a notice, not a state: the referral can still
 * be accepted, declined or withdrawn.
 */
@Aggregate
class Referral {

  /** Where a referral stands. */
  private enum Status {
    ISSUED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    CLOSED
  }

  @AggregateIdentifier private ReferralId referralId;
  private AgencyId issuingAgency;
  private AgencyId receivingAgency;
  private CaseReference caseReference;
  private Urgency urgency;
  private Status status;

  Referral() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  Referral(IssueReferralCommand command, DeadlineManager deadlines, ReferralAnswerLimits limits) {
    ensureNotReferredToOwnAgency(command);
    ensureConsentRecorded(command);
    ensureDetailsSealedForThisCase(command);
    apply(
        new ReferralIssuedEvent(
            command.referralId(),
            command.caseReference(),
            command.actingAgency(),
            command.receivingAgency(),
            command.receivingShelter(),
            command.service(),
            command.urgency(),
            command.consent(),
            command.victimDetails()));
    Duration limit = limits.limitFor(command.urgency());
    deadlines.schedule(
        limit,
        ReferralAnswerDeadline.NAME,
        new ReferralAnswerDeadline(command.referralId(), limit));
  }

  @CommandHandler
  void handle(AcceptReferralCommand command, DeadlineManager deadlines) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForReceivingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralAcceptedEvent(referralId));
    deadlines.cancelAllWithinScope(ReferralAnswerDeadline.NAME);
  }

  @CommandHandler
  void handle(DeclineReferralCommand command, DeadlineManager deadlines) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForReceivingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralDeclinedEvent(referralId, command.reason()));
    deadlines.cancelAllWithinScope(ReferralAnswerDeadline.NAME);
  }

  @CommandHandler
  void handle(WithdrawReferralCommand command, DeadlineManager deadlines) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForIssuingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralWithdrawnEvent(referralId));
    deadlines.cancelAllWithinScope(ReferralAnswerDeadline.NAME);
  }

  @CommandHandler
  void handle(CloseReferralCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForReceivingAgency(command.actingAgency());
    ensureAccepted();
    ensureReasonFitsOutcome(command.outcome(), command.reason());
    apply(new ReferralClosedEvent(referralId, command.outcome(), command.reason()));
  }

  /**
   * The answer limit ran out. Recorded only if nobody answered or withdrew the referral meanwhile:
   * an answer cancels the deadline, but one that lost the race with the scheduler is ignored here.
   */
  @DeadlineHandler(deadlineName = ReferralAnswerDeadline.NAME)
  void on(ReferralAnswerDeadline deadline, @Timestamp Instant limitRanOutAt) {
    if (isAwaitingAnswer()) {
      apply(
          new ReferralEscalatedEvent(
              referralId, caseReference, urgency, deadline.limit(), limitRanOutAt));
    }
  }

  private static void ensureNotReferredToOwnAgency(IssueReferralCommand command) {
    if (command.actingAgency().equals(command.receivingAgency())) {
      throw RejectedException.ruleViolated("REFERRAL_TO_OWN_AGENCY", command.actingAgency());
    }
  }

  private static void ensureConsentRecorded(IssueReferralCommand command) {
    if (command.consent() == null) {
      throw RejectedException.ruleViolated("REFERRAL_WITHOUT_CONSENT");
    }
  }

  private static void ensureDetailsSealedForThisCase(IssueReferralCommand command) {
    if (command.victimDetails() != null
        && !command.victimDetails().caseReference().equals(command.caseReference())) {
      throw RejectedException.ruleViolated("DETAILS_OF_ANOTHER_CASE", command.referralId());
    }
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!agency.equals(issuingAgency) && !agency.equals(receivingAgency)) {
      throw RejectedException.notFound("REFERRAL_NOT_FOUND", referralId);
    }
  }

  private void ensureActsForReceivingAgency(AgencyId agency) {
    if (!agency.equals(receivingAgency)) {
      throw RejectedException.forbidden("NOT_THE_REFERRAL_RECEIVER", agency);
    }
  }

  private void ensureActsForIssuingAgency(AgencyId agency) {
    if (!agency.equals(issuingAgency)) {
      throw RejectedException.forbidden("NOT_THE_REFERRAL_ISSUER", agency);
    }
  }

  private boolean isAwaitingAnswer() {
    return status == Status.ISSUED;
  }

  private void ensureAwaitingAnswer() {
    if (!isAwaitingAnswer()) {
      throw RejectedException.ruleViolated(codeForFinished(), referralId);
    }
  }

  private void ensureAccepted() {
    if (status == Status.ISSUED) {
      throw RejectedException.ruleViolated("REFERRAL_NOT_ACCEPTED", referralId);
    }
    if (status != Status.ACCEPTED) {
      throw RejectedException.ruleViolated(codeForFinished(), referralId);
    }
  }

  private static void ensureReasonFitsOutcome(ReferralOutcome outcome, ClosureReason reason) {
    boolean provided = reason == ClosureReason.SERVICE_PROVIDED;
    if ((outcome == ReferralOutcome.SUCCESSFUL) != provided) {
      throw RejectedException.ruleViolated("CLOSURE_REASON_CONTRADICTS_OUTCOME", reason, outcome);
    }
  }

  /** The refusal code that names the state a referral is in once it was answered. */
  private String codeForFinished() {
    return switch (status) {
      case ISSUED -> throw new IllegalStateException("an issued referral is not finished");
      case ACCEPTED -> "REFERRAL_ALREADY_ACCEPTED";
      case DECLINED -> "REFERRAL_DECLINED";
      case WITHDRAWN -> "REFERRAL_WITHDRAWN";
      case CLOSED -> "REFERRAL_ALREADY_CLOSED";
    };
  }

  @EventSourcingHandler
  void on(ReferralIssuedEvent event) {
    referralId = event.referralId();
    issuingAgency = event.issuingAgency();
    receivingAgency = event.receivingAgency();
    caseReference = event.caseReference();
    urgency = event.urgency();
    status = Status.ISSUED;
  }

  @EventSourcingHandler
  void on(ReferralAcceptedEvent event) {
    status = Status.ACCEPTED;
  }

  @EventSourcingHandler
  void on(ReferralDeclinedEvent event) {
    status = Status.DECLINED;
  }

  @EventSourcingHandler
  void on(ReferralWithdrawnEvent event) {
    status = Status.WITHDRAWN;
  }

  @EventSourcingHandler
  void on(ReferralClosedEvent event) {
    status = Status.CLOSED;
  }
}
