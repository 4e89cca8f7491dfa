package mx.bitacora.command.referral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.command.correction.CorrectionProblem;
import mx.bitacora.command.correction.RecordedFacts;
import mx.bitacora.command.correction.RecordedFacts.Fact;
import mx.bitacora.command.occupancy.ShelterOccupancy;
import mx.bitacora.command.occupancy.ShelterPlaces;
import mx.bitacora.command.referral.DetailsRelease.SealedNote;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.CasePurpose;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One referral of a victim from an agency to another: issued, then accepted, declined or withdrawn;
 * an accepted referral is closed by its receiver with an outcome. Only the issuing and receiving
 * agencies know it exists. A referral still unanswered when its urgency's answer limit runs out is
 * escalated to the commission (once per wait for an answer); escalation is a notice, not a state:
 * the referral can still be accepted, declined or withdrawn. A mistaken answer or withdrawal is
 * voided by a new event naming it; the referral then awaits an answer again, with a fresh answer
 * deadline.
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

  /**
   * Whose case it is: the issuer's own, or for an onward referral the first referral's issuer's.
   */
  private AgencyId caseAgency;

  /** The referral an onward one continues; null for a first referral. */
  private ReferralId onwardFrom;

  private Urgency urgency;
  private Status status;

  /** The consent that stands (as issued, or as last narrowed), and when it was withdrawn, if. */
  private Consent consent;

  private LocalDate consentWithdrawnOn;

  /** The standing victim details as the issuer sealed them (null: none given) and their binding. */
  private EncryptedDetails sealedDetails;

  private String detailsSealedFor;

  /** Each amendment of the details by its id, so a repeated one is refused. */
  private final Set<UUID> amendmentIds = new LinkedHashSet<>();

  /** The receiver's case notes, sealed, in the order added. */
  private final List<SealedNote> notes = new ArrayList<>();

  /**
   * The sequence number of the event that set the referral awaiting an answer: its issue, or the
   * latest voiding of an answer or withdrawal. A deadline scheduled for an earlier wait is stale.
   */
  private long awaitingSince;

  /**
   * Answers and withdrawals by sequence number, so a voiding can name them and say which kind it
   * voids. The issue, escalations (recorded by the platform), the closure and voidings are not
   * voidable.
   */
  private final RecordedFacts<ReferralStepKind, Void> steps = new RecordedFacts<>();

  Referral() {
    // for Axon: rebuilt from its events
  }

  /**
   * Issues the referral. A receiving shelter it names must be registered, open and operated by the
   * receiving agency; one with no free place still receives it, and the event says it was full.
   * Places are read from the command side's occupancy lookup, not from the shelter's stream.
   */
  @CommandHandler
  Referral(
      IssueReferralCommand command,
      DeadlineManager deadlines,
      ReferralAnswerLimits limits,
      ShelterOccupancy occupancy) {
    ensureNotReferredToOwnAgency(command);
    ensureConsentRecorded(command);
    ensureDetailsSealedForThisCase(command);
    Boolean receivingShelterFull = receivingShelterFull(command, occupancy);
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
            command.victimDetails(),
            command.onwardFrom(),
            command.caseIssuingAgency(),
            command.issuedAt(),
            receivingShelterFull));
    Duration limit = limits.limitFor(command.urgency());
    deadlines.schedule(
        limit,
        ReferralAnswerDeadline.NAME,
        new ReferralAnswerDeadline(command.referralId(), limit, awaitingSince));
  }

  @CommandHandler
  void handle(AcceptReferralCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForReceivingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralAcceptedEvent(referralId, command.answeredAt()));
  }

  @CommandHandler
  void handle(DeclineReferralCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForReceivingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralDeclinedEvent(referralId, command.reason(), command.answeredAt()));
  }

  @CommandHandler
  void handle(WithdrawReferralCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForIssuingAgency(command.actingAgency());
    ensureAwaitingAnswer();
    apply(new ReferralWithdrawnEvent(referralId));
  }

  /** The issuer records that the victim narrowed their consent: never wider than it was. */
  @CommandHandler
  void handle(NarrowConsentCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForIssuingAgency(command.actingAgency());
    ensureConsentNotWithdrawn();
    if (!command.consent().narrows(consent)) {
      throw new RejectedException(ReferralProblem.CONSENT_NOT_NARROWER, referralId);
    }
    apply(new ConsentNarrowedEvent(referralId, command.consent()));
  }

  /** The issuer records that the victim withdrew their consent, whatever the referral's state. */
  @CommandHandler
  void handle(WithdrawConsentCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForIssuingAgency(command.actingAgency());
    ensureConsentNotWithdrawn();
    apply(new ConsentWithdrawnEvent(referralId, command.withdrawnOn()));
  }

  /** Whose case the referral is, for one of its parties; stores nothing. */
  @CommandHandler
  ReferralCase handle(CaseOfReferralCommand command) {
    ensureVisibleTo(command.actingAgency());
    return new ReferralCase(theCase());
  }

  /**
   * The receiver refers the person on to a third agency: once it accepted the referral, while the
   * consent holds, under a consent that reaches no further than this one. The onward referral is
   * the same case, sealed with the same key.
   */
  @CommandHandler
  OnwardBasis handle(AuthorizeOnwardCommand command, Clock clock) {
    ensureReceiverCaresUnderConsent(command.actingAgency(), LocalDate.now(clock), false);
    if (!command.consent().reachesNoFurtherThan(consent)) {
      throw new RejectedException(ReferralProblem.ONWARD_CONSENT_WIDER, referralId);
    }
    return new OnwardBasis(theCase(), sealedDetails, detailsSealedFor);
  }

  /** Whose case this is: the issuer's, or for an onward referral the first referral's issuer's. */
  private AgencyCase theCase() {
    return new AgencyCase(caseAgency, caseReference);
  }

  /** The issuer replaces the victim details with a new sealed version; the old ones stay. */
  @CommandHandler
  void handle(AmendVictimDetailsCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureActsForIssuingAgency(command.actingAgency());
    if (!command.victimDetails().caseReference().equals(caseReference)) {
      throw new RejectedException(ReferralProblem.DETAILS_OF_ANOTHER_CASE, referralId);
    }
    if (!amendmentIds.add(command.amendmentId())) {
      throw new RejectedException(ReferralProblem.AMENDMENT_ALREADY_RECORDED, referralId);
    }
    apply(
        new VictimDetailsAmendedEvent(referralId, command.amendmentId(), command.victimDetails()));
  }

  /**
   * The receiver adds a sealed case note while it cares for the person: the referral accepted (or
   * closed, to follow up) and the consent still holding.
   */
  @CommandHandler
  void handle(AddCaseNoteCommand command, Clock clock) {
    ensureReceiverCaresUnderConsent(command.actingAgency(), LocalDate.now(clock), true);
    if (!command.note().caseReference().equals(caseReference)) {
      throw new RejectedException(ReferralProblem.DETAILS_OF_ANOTHER_CASE, referralId);
    }
    if (notes.stream().anyMatch(note -> note.noteId().equals(command.noteId()))) {
      throw new RejectedException(ReferralProblem.CASE_NOTE_ALREADY_RECORDED, referralId);
    }
    apply(
        new CaseNoteAddedEvent(
            referralId, command.noteId(), command.actingAgency(), command.note()));
  }

  /**
   * Whether {@code actingAgency} may read a sealed part now, for the purpose it names; stores
   * nothing. The issuer reads the victim details for any purpose: they are what it recorded. Case
   * notes, and the receiver's every read, need the consent to hold (not withdrawn, not past its
   * last day) and to cover the purpose; the receiver reads only while the referral is open to it:
   * awaiting its answer or accepted, and once closed only to follow the case up. A commission
   * auditor may break glass. Anyone else is told the referral does not exist. The clock is a Spring
   * bean (a fixture resource in tests): it decides "today".
   */
  @CommandHandler
  DetailsRelease handle(ReleaseDetailsCommand command, Clock clock) {
    return new DetailsRelease(
        referralId,
        theCase(),
        issuingAgency,
        receivingAgency,
        refusalOf(command, LocalDate.now(clock)),
        sealedDetails,
        detailsSealedFor,
        amendmentIds.size(),
        List.copyOf(notes),
        onwardFrom);
  }

  /**
   * Whether the victim's consent in this referral still holds today (for a read of an onward
   * referral that continues it), and the referral this one continues in turn; stores nothing. The
   * onward referral's parties ask it: they are not this referral's parties, and learn nothing but
   * whether the consent holds.
   */
  @CommandHandler
  CaseConsent handle(CheckCaseConsentCommand command, Clock clock) {
    return new CaseConsent(consentRefusal(null, LocalDate.now(clock)), onwardFrom);
  }

  private ReferralProblem refusalOf(ReleaseDetailsCommand command, LocalDate today) {
    AgencyId reader = command.actingAgency();
    boolean issuer = reader.equals(issuingAgency);
    if (!issuer && !reader.equals(receivingAgency)) {
      return command.breakGlass() ? null : ReferralProblem.REFERRAL_NOT_FOUND;
    }
    if (issuer && command.part() == SealedPart.VICTIM_DETAILS) {
      return null;
    }
    ReferralProblem consentRefusal = consentRefusal(command.purpose(), today);
    if (consentRefusal != null || issuer) {
      return consentRefusal;
    }
    return switch (status) {
      case ISSUED, ACCEPTED -> null;
      case CLOSED ->
          command.purpose() == CasePurpose.FOLLOW_UP
              ? null
              : ReferralProblem.REFERRAL_NOT_OPEN_TO_RECEIVER;
      case DECLINED, WITHDRAWN -> ReferralProblem.REFERRAL_NOT_OPEN_TO_RECEIVER;
    };
  }

  /**
   * Why the consent does not allow handling the case's data today (for {@code purpose}, if any).
   */
  private ReferralProblem consentRefusal(CasePurpose purpose, LocalDate today) {
    if (consentWithdrawnOn != null) {
      return ReferralProblem.CONSENT_WITHDRAWN;
    }
    if (!consent.holdsOn(today)) {
      return ReferralProblem.CONSENT_EXPIRED;
    }
    if (purpose != null && !consent.scope().covers(purpose)) {
      return ReferralProblem.PURPOSE_NOT_COVERED_BY_CONSENT;
    }
    return null;
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
   * Voids the referral's standing acceptance or decline (receiver only) or withdrawal (issuer
   * only). The referral awaits an answer again, so its answer deadline starts over from now.
   */
  @CommandHandler
  void handle(
      VoidReferralStepCommand command, DeadlineManager deadlines, ReferralAnswerLimits limits) {
    ensureVisibleTo(command.actingAgency());
    ensureNotClosed();
    ensureReasonGiven(command.reason());
    Fact<ReferralStepKind, Void> original = standingStep(command.originalSequenceNumber());
    switch (original.kind()) {
      case ACCEPTANCE, DECLINE -> ensureActsForReceivingAgency(command.actingAgency());
      case WITHDRAWAL -> ensureActsForIssuingAgency(command.actingAgency());
    }
    apply(
        new ReferralStepVoidedEvent(
            referralId, original.named(), original.kind(), command.reason()));
    Duration limit = limits.limitFor(urgency);
    deadlines.schedule(
        limit,
        ReferralAnswerDeadline.NAME,
        new ReferralAnswerDeadline(referralId, limit, awaitingSince));
  }

  /**
   * The answer limit ran out. Recorded only if the referral still awaits the answer this deadline
   * was scheduled for: an answer or withdrawal does not cancel its deadline (cancelling means
   * searching the scheduler's every task), so the deadline of a referral answered meanwhile, or of
   * a wait a voiding has since replaced with a fresh one, comes due and changes nothing.
   */
  @DeadlineHandler(deadlineName = ReferralAnswerDeadline.NAME)
  void on(ReferralAnswerDeadline deadline, @Timestamp Instant limitRanOutAt) {
    if (isAwaitingAnswer() && deadline.isFor(awaitingSince)) {
      apply(
          new ReferralEscalatedEvent(
              referralId, caseReference, urgency, deadline.limit(), limitRanOutAt));
    }
  }

  /**
   * Whether the shelter the referral names has no free place (null when it names none), once it is
   * known to accept the referral: registered, open, and operated by the receiving agency.
   */
  private static Boolean receivingShelterFull(
      IssueReferralCommand command, ShelterOccupancy occupancy) {
    if (command.receivingShelter() == null) {
      return null;
    }
    ShelterPlaces shelter =
        occupancy
            .find(command.receivingShelter())
            .orElseThrow(
                () ->
                    new RejectedException(
                        ReferralProblem.REFERRAL_SHELTER_NOT_REGISTERED,
                        command.receivingShelter()));
    if (shelter.closed()) {
      throw new RejectedException(
          ReferralProblem.REFERRAL_SHELTER_CLOSED, command.receivingShelter());
    }
    if (!shelter.operatingAgency().equals(command.receivingAgency())) {
      throw new RejectedException(
          ReferralProblem.REFERRAL_SHELTER_NOT_OF_RECEIVER, command.receivingShelter());
    }
    return shelter.full();
  }

  private static void ensureNotReferredToOwnAgency(IssueReferralCommand command) {
    if (command.actingAgency().equals(command.receivingAgency())) {
      throw new RejectedException(ReferralProblem.REFERRAL_TO_OWN_AGENCY, command.actingAgency());
    }
  }

  private static void ensureConsentRecorded(IssueReferralCommand command) {
    if (command.consent() == null) {
      throw new RejectedException(ReferralProblem.REFERRAL_WITHOUT_CONSENT);
    }
  }

  private static void ensureDetailsSealedForThisCase(IssueReferralCommand command) {
    if (command.victimDetails() != null
        && !command.victimDetails().caseReference().equals(command.caseReference())) {
      throw new RejectedException(ReferralProblem.DETAILS_OF_ANOTHER_CASE, command.referralId());
    }
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!agency.equals(issuingAgency) && !agency.equals(receivingAgency)) {
      throw new RejectedException(ReferralProblem.REFERRAL_NOT_FOUND, referralId);
    }
  }

  private void ensureActsForReceivingAgency(AgencyId agency) {
    if (!agency.equals(receivingAgency)) {
      throw new RejectedException(ReferralProblem.NOT_THE_REFERRAL_RECEIVER, agency);
    }
  }

  private void ensureActsForIssuingAgency(AgencyId agency) {
    if (!agency.equals(issuingAgency)) {
      throw new RejectedException(ReferralProblem.NOT_THE_REFERRAL_ISSUER, agency);
    }
  }

  /**
   * That {@code agency} receives this referral and cares for the person: it accepted the referral
   * (or, when {@code orClosed}, also closed it) and the consent still holds today.
   */
  private void ensureReceiverCaresUnderConsent(AgencyId agency, LocalDate today, boolean orClosed) {
    ensureVisibleTo(agency);
    ensureActsForReceivingAgency(agency);
    if (status != Status.ACCEPTED && !(orClosed && status == Status.CLOSED)) {
      throw new RejectedException(
          status == Status.ISSUED ? ReferralProblem.REFERRAL_NOT_ACCEPTED : codeForFinished(),
          referralId);
    }
    ReferralProblem consentRefusal = consentRefusal(null, today);
    if (consentRefusal != null) {
      throw new RejectedException(consentRefusal, referralId);
    }
  }

  private void ensureConsentNotWithdrawn() {
    if (consentWithdrawnOn != null) {
      throw new RejectedException(ReferralProblem.CONSENT_ALREADY_WITHDRAWN, referralId);
    }
  }

  private boolean isAwaitingAnswer() {
    return status == Status.ISSUED;
  }

  private void ensureAwaitingAnswer() {
    if (!isAwaitingAnswer()) {
      throw new RejectedException(codeForFinished(), referralId);
    }
  }

  private void ensureAccepted() {
    if (status == Status.ISSUED) {
      throw new RejectedException(ReferralProblem.REFERRAL_NOT_ACCEPTED, referralId);
    }
    if (status != Status.ACCEPTED) {
      throw new RejectedException(codeForFinished(), referralId);
    }
  }

  private void ensureNotClosed() {
    if (status == Status.CLOSED) {
      throw new RejectedException(ReferralProblem.REFERRAL_ALREADY_CLOSED, referralId);
    }
  }

  private static void ensureReasonGiven(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException(CorrectionProblem.CORRECTION_WITHOUT_REASON);
    }
  }

  /**
   * The step a voiding names: it must exist here and still count. An answer or withdrawal is only
   * recorded while the referral awaits one, so at most one stands at a time: the current one. An
   * earlier one was superseded only by being voided.
   */
  private Fact<ReferralStepKind, Void> standingStep(long sequenceNumber) {
    return steps.standing(sequenceNumber, AggregateLifecycle.getVersion());
  }

  private static void ensureReasonFitsOutcome(ReferralOutcome outcome, ClosureReason reason) {
    boolean provided = reason == ClosureReason.SERVICE_PROVIDED;
    if ((outcome == ReferralOutcome.SUCCESSFUL) != provided) {
      throw new RejectedException(
          ReferralProblem.CLOSURE_REASON_CONTRADICTS_OUTCOME, reason, outcome);
    }
  }

  /** The refusal code that names the state a referral is in once it was answered. */
  private ReferralProblem codeForFinished() {
    return switch (status) {
      case ISSUED -> throw new IllegalStateException("an issued referral is not finished");
      case ACCEPTED -> ReferralProblem.REFERRAL_ALREADY_ACCEPTED;
      case DECLINED -> ReferralProblem.REFERRAL_DECLINED;
      case WITHDRAWN -> ReferralProblem.REFERRAL_WITHDRAWN;
      case CLOSED -> ReferralProblem.REFERRAL_ALREADY_CLOSED;
    };
  }

  @EventSourcingHandler
  void on(ReferralIssuedEvent event, @SequenceNumber long sequence) {
    referralId = event.referralId();
    issuingAgency = event.issuingAgency();
    receivingAgency = event.receivingAgency();
    caseReference = event.caseReference();
    caseAgency = event.caseAgency();
    onwardFrom = event.onwardFrom();
    urgency = event.urgency();
    consent = event.consent();
    sealedDetails = event.victimDetails();
    detailsSealedFor = SealedPart.issuedDetails(event.referralId());
    status = Status.ISSUED;
    awaitingSince = sequence;
  }

  @EventSourcingHandler
  void on(
      ReferralAcceptedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    steps.recorded(sequence, eventId, ReferralStepKind.ACCEPTANCE);
    status = Status.ACCEPTED;
  }

  @EventSourcingHandler
  void on(
      ReferralDeclinedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    steps.recorded(sequence, eventId, ReferralStepKind.DECLINE);
    status = Status.DECLINED;
  }

  @EventSourcingHandler
  void on(
      ReferralWithdrawnEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    steps.recorded(sequence, eventId, ReferralStepKind.WITHDRAWAL);
    status = Status.WITHDRAWN;
  }

  @EventSourcingHandler
  void on(ConsentNarrowedEvent event) {
    consent = event.consent();
  }

  @EventSourcingHandler
  void on(VictimDetailsAmendedEvent event) {
    amendmentIds.add(event.amendmentId());
    sealedDetails = event.victimDetails();
    detailsSealedFor = SealedPart.amendment(referralId, event.amendmentId());
  }

  @EventSourcingHandler
  void on(CaseNoteAddedEvent event, @Timestamp Instant addedAt) {
    notes.add(new SealedNote(event.noteId(), event.author(), addedAt, event.note()));
  }

  @EventSourcingHandler
  void on(ConsentWithdrawnEvent event) {
    consentWithdrawnOn = event.withdrawnOn();
  }

  @EventSourcingHandler
  void on(ReferralClosedEvent event) {
    status = Status.CLOSED;
  }

  @EventSourcingHandler
  void on(ReferralStepVoidedEvent event, @SequenceNumber long sequence) {
    steps.voided(event.original());
    status = Status.ISSUED;
    awaitingSince = sequence;
  }
}
