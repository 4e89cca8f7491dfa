package mx.bitacora.query.commitments;

import java.util.Optional;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentEvent;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects commitments and the facts that count toward them: receipts of deliveries (the standing
 * receipt's date and per-line quantities), completions of training (the session's audience and
 * date, the participant's agency), answers to referrals (issued when, answered or not, escalated or
 * not). After each change the figures of the commitments it concerns are recomputed from all the
 * facts, so the order events are applied in does not matter. One segment: every recomputation sees
 * every fact applied before it. Runs in the processor's transaction; every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.COMMITMENTS)
@AnnouncesChanges(view = "commitment", changed = CommitmentsProjection.CHANGED_COMMITMENTS)
@ProjectionTables({
  "commitment",
  "commitment_change",
  "commitment_delivery",
  "commitment_delivery_line",
  "commitment_training_session",
  "commitment_training_participant",
  "commitment_referral"
})
class CommitmentsProjection {

  /**
   * The commitments an event may have changed, by its aggregate id: the commitment itself, those to
   * the shelter of a delivery, for the agencies of a session's participants, of the agency
   * receiving a referral. Each concerns the committing agencies and the one it is made to.
   */
  static final String CHANGED_COMMITMENTS =
      "SELECT c.commitment_id::text AS id, c.shelter_id AS shelter,"
          + " array_remove(c.committing_agencies::text[]"
          + " || ARRAY[c.shelter_agency::text, c.trainee_agency::text], NULL) AS agencies"
          + " FROM commitment c, (SELECT ?::text AS k) a"
          + " WHERE c.commitment_id::text = regexp_replace(a.k, '^commitment:', '')"
          + " OR (c.kind = 'DELIVERY' AND c.shelter_id ="
          + " (SELECT d.shelter_id FROM commitment_delivery d WHERE d.delivery_id::text = a.k))"
          + " OR (c.kind = 'TRAINING' AND c.trainee_agency IN (SELECT p.agency"
          + " FROM commitment_training_participant p WHERE p.training_session_id::text = a.k))"
          + " OR (c.kind = 'REFERRAL_ANSWERS' AND (SELECT r.receiving_agency"
          + " FROM commitment_referral r WHERE r.referral_id::text = a.k)"
          + " = ANY (c.committing_agencies))";

  private final CommitmentTable commitments;
  private final CommitmentFactsTable facts;
  private final CommitmentCalendar calendar;

  CommitmentsProjection(
      CommitmentTable commitments, CommitmentFactsTable facts, CommitmentCalendar calendar) {
    this.commitments = commitments;
    this.facts = facts;
    this.calendar = calendar;
  }

  @EventHandler
  void on(CommitmentEvent event, RecordedEvent recorded) {
    switch (event) {
      case CommitmentMadeEvent made -> {
        if (made.terms() != null && made.committingAgencies() != null) {
          commitments.recordMade(made, recorded);
        }
      }
      case CommitmentRevisedEvent revised -> {
        if (revised.terms() != null) {
          commitments.recordRevised(
              revised.commitmentId(), revised.terms(), revised.reason(), recorded);
        }
      }
      case CommitmentWithdrawnEvent withdrawn ->
          commitments.recordWithdrawn(withdrawn.commitmentId(), withdrawn.reason(), recorded);
    }
  }

  @EventHandler
  void on(DeliveryEvent event, RecordedEvent recorded) {
    Optional<String> shelter =
        switch (event) {
          case DeliveryPlannedEvent planned ->
              planned.receivingShelter() == null
                  ? Optional.empty()
                  : Optional.of(
                      facts.recordPlanned(
                          planned.deliveryId(),
                          planned.receivingShelter().value(),
                          planned.items(),
                          recorded));
          case DeliveryReceiptAcknowledgedEvent received ->
              facts.recordReceipt(
                  received.deliveryId(), received.receivedOn(), received.discrepancies(), recorded);
          case DeliveryFactCorrectedEvent corrected -> corrected(corrected, recorded);
          case DeliveryFactVoidedEvent voided ->
              voided.originalKind() == DeliveryFactKind.RECEIPT
                  ? facts.recordReceiptVoided(voided.deliveryId(), recorded)
                  : Optional.empty();
          case DeliveryVoidedEvent voided ->
              facts.recordDeliveryVoided(voided.deliveryId(), recorded);
          case DeliveryDispatchedEvent dispatched -> Optional.empty();
        };
    shelter.ifPresent(commitments::refreshDeliveriesTo);
  }

  private Optional<String> corrected(DeliveryFactCorrectedEvent corrected, RecordedEvent recorded) {
    if (corrected.originalKind() == null) {
      return Optional.empty();
    }
    return switch (corrected.originalKind()) {
      case PLAN -> facts.recordPlanCorrected(corrected.deliveryId(), corrected.items(), recorded);
      case RECEIPT ->
          facts.recordReceipt(
              corrected.deliveryId(),
              corrected.businessDate(),
              corrected.discrepancies(),
              recorded);
      case DISPATCH -> Optional.empty();
    };
  }

  @EventHandler
  void on(TrainingEvent event, RecordedEvent recorded) {
    switch (event) {
      case TrainingSessionScheduledEvent scheduled -> {
        if (scheduled.audience() != null && scheduled.heldOn() != null) {
          facts.recordSession(
              scheduled.trainingSessionId().value(),
              scheduled.allAudiences().stream().map(Enum::name).toList(),
              scheduled.heldOn());
        }
      }
      case ParticipantEnrolledEvent enrolled -> {
        if (enrolled.staffId() != null && enrolled.agency() != null) {
          facts.recordEnrolled(
              enrolled.trainingSessionId().value(),
              enrolled.staffId().value(),
              enrolled.agency().value(),
              recorded);
        }
      }
      case TrainingCompletedEvent completed -> {
        if (completed.staffId() != null) {
          facts
              .recordCompletion(
                  completed.trainingSessionId().value(),
                  completed.staffId().value(),
                  true,
                  recorded)
              .ifPresent(commitments::refreshTrainingOf);
        }
      }
      case TrainingFactVoidedEvent voided -> {
        if (voided.originalKind() == TrainingFactKind.COMPLETION && voided.staffId() != null) {
          facts
              .recordCompletion(
                  voided.trainingSessionId().value(), voided.staffId().value(), false, recorded)
              .ifPresent(commitments::refreshTrainingOf);
        }
      }
      case TrainingSessionCancelledEvent cancelled ->
          facts
              .recordCancelled(cancelled.trainingSessionId().value())
              .forEach(commitments::refreshTrainingOf);
      case AttendanceRecordedEvent attended -> {}
      case TrainingFactCorrectedEvent corrected -> {}
    }
  }

  @EventHandler
  void on(ReferralEvent event, RecordedEvent recorded) {
    UUID id = event.referralId().value();
    Optional<String> receiver =
        switch (event) {
          case ReferralIssuedEvent issued -> {
            if (issued.receivingAgency() == null) {
              yield Optional.empty();
            }
            // The record date until referral events carry a business time (then: that).
            facts.recordIssued(
                id,
                issued.receivingAgency().value(),
                calendar.dateOf(recorded.recordedAt()),
                recorded);
            yield Optional.of(issued.receivingAgency().value());
          }
          case ReferralAcceptedEvent accepted ->
              facts.advanceReferral(id, "answered = TRUE, answer_position = :position", recorded);
          case ReferralDeclinedEvent declined ->
              facts.advanceReferral(id, "answered = TRUE, answer_position = :position", recorded);
          case ReferralWithdrawnEvent withdrawn ->
              facts.advanceReferral(id, "withdrawn = TRUE", recorded);
          case ReferralEscalatedEvent escalated ->
              facts.advanceReferral(
                  id, "escalated = TRUE, escalation_position = :position", recorded);
          case ReferralStepVoidedEvent voided -> {
            if (voided.originalKind() == null) {
              yield Optional.empty();
            }
            yield switch (voided.originalKind()) {
              case ACCEPTANCE, DECLINE ->
                  facts.advanceReferral(id, "answered = FALSE, answer_position = NULL", recorded);
              case WITHDRAWAL -> facts.advanceReferral(id, "withdrawn = FALSE", recorded);
            };
          }
          case ReferralClosedEvent closed -> Optional.empty();
          case ConsentNarrowedEvent narrowed -> Optional.empty();
          case ConsentWithdrawnEvent withdrawn -> Optional.empty();
          case VictimDetailsAmendedEvent amended -> Optional.empty();
          case CaseNoteAddedEvent noted -> Optional.empty();
        };
    receiver.ifPresent(commitments::refreshAnswersOf);
  }
}
