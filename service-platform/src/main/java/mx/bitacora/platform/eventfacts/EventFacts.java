package mx.bitacora.platform.eventfacts;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.accessreview.AccessReviewEvent;
import mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.cases.CaseEvent;
import mx.bitacora.events.commitment.CommitmentEvent;
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
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.inbox.InboxEvent;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
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
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewEvent;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewReportIssuedEvent;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;

/**
 * What the audit trail (and a review's scope check) reads from an event's payload, and nothing
 * more: when the fact happened (its business time, if it has one), which agencies it names, and
 * which earlier fact it corrects or voids. One exhaustive switch per event family; an event of no
 * known family (or of a family's event that names none of these) has none of them. Never a case
 * reference, victim detail or free text.
 */
public record EventFacts(String businessTime, List<AgencyId> namedAgencies, String corrects) {

  private static final EventFacts NONE = new EventFacts(null, List.of(), null);

  public EventFacts {
    namedAgencies = List.copyOf(namedAgencies);
  }

  public static EventFacts of(Object payload) {
    return switch (payload) {
      case AgencyEvent agency -> named(agency.agencyId());
      case ShelterEvent shelter -> ofShelter(shelter);
      case ProjectEvent project -> ofProject(project);
      case DeliveryEvent delivery -> ofDelivery(delivery);
      case TrainingEvent training -> ofTraining(training);
      case ReferralEvent referral -> ofReferral(referral);
      case CaseEvent caseEvent -> ofCase(caseEvent);
      case AccessReviewEvent review -> ofAccessReview(review);
      case InboxEvent inbox -> ofInbox(inbox);
      case CommitmentEvent commitment -> ofCommitment(commitment);
      case ReviewEvent review -> ofReview(review);
      default -> NONE;
    };
  }

  /** Whether events of this payload's aggregate are keyed by something victim-identifying. */
  public static boolean aggregateIdIdentifiesAVictim(Object payload) {
    return payload instanceof CaseEvent;
  }

  // Each family's switch names every event of it, with no default: a new event does not compile
  // until the audit trail decides what it shows of it.

  /**
   * Who committed and to whom (the shelter's operator, the trained staff's agency); the day it was
   * made. Never the reasons (free text).
   */
  private static EventFacts ofCommitment(CommitmentEvent event) {
    return switch (event) {
      case CommitmentMadeEvent made -> {
        List<AgencyId> named = new java.util.ArrayList<>(nullSafe(made.committingAgencies()));
        named.addAll(promisedTo(made.terms()));
        yield new EventFacts(iso(made.madeOn()), agencies(named.toArray(AgencyId[]::new)), null);
      }
      case CommitmentRevisedEvent revised ->
          new EventFacts(
              null, agencies(promisedTo(revised.terms()).toArray(AgencyId[]::new)), null);
      case CommitmentWithdrawnEvent withdrawn -> NONE;
    };
  }

  private static List<AgencyId> promisedTo(CommitmentTerms terms) {
    return switch (terms) {
      case DeliveryTerms delivery -> agencies(delivery.shelterAgency());
      case TrainingTerms training -> agencies(training.traineeAgency());
      case ReferralAnswerTerms answers -> List.of();
      case null -> List.of();
    };
  }

  /**
   * A finding's events name the agency it concerns, so that agency sees it sent, answered,
   * accepted, reopened or escalated; the opening and the conclusion name no agency (the
   * commission's own work). Never the statements, responses or conclusion (free text).
   */
  private static EventFacts ofReview(ReviewEvent event) {
    return switch (event) {
      case ReviewOpenedEvent opened -> happenedOn(opened.openedOn());
      case FindingRecordedEvent recorded ->
          new EventFacts(iso(recorded.recordedOn()), agencies(recorded.concernedAgency()), null);
      case FindingAnsweredEvent answered ->
          new EventFacts(iso(answered.answeredOn()), agencies(answered.answeringAgency()), null);
      case FindingAcceptedEvent accepted ->
          new EventFacts(iso(accepted.acceptedOn()), agencies(accepted.concernedAgency()), null);
      case FindingReopenedEvent reopened ->
          new EventFacts(iso(reopened.reopenedOn()), agencies(reopened.concernedAgency()), null);
      case FindingEscalatedEvent escalated ->
          new EventFacts(iso(escalated.escalatedAt()), agencies(escalated.concernedAgency()), null);
      case ReviewConcludedEvent concluded -> happenedOn(concluded.concludedOn());
      // A report is the commission's own work; its hashes name no agency.
      case ReviewReportIssuedEvent issued -> NONE;
    };
  }

  private static EventFacts ofInbox(InboxEvent event) {
    return switch (event) {
      // Whose inbox; the notice's id is the event it comes from, no case datum.
      case InboxItemReadEvent read -> named(read.agencyId());
    };
  }

  private static EventFacts ofCase(CaseEvent event) {
    return switch (event) {
      // Whose case was erased (none for an erasure from before cases were scoped to their issuing
      // agency), never the case reference.
      case CaseErasedEvent erased ->
          erased.issuingAgency() == null ? NONE : named(erased.issuingAgency());
    };
  }

  private static EventFacts ofAccessReview(AccessReviewEvent event) {
    return switch (event) {
      // The agencies whose cases the reviewed read reached, so each sees that it was reviewed.
      case BreakGlassReadReviewedEvent reviewed ->
          new EventFacts(null, agencies(reviewed.owningAgencies().toArray(AgencyId[]::new)), null);
    };
  }

  private static EventFacts ofShelter(ShelterEvent event) {
    return switch (event) {
      case ShelterRegisteredEvent registered -> named(registered.operatingAgency());
      case ShelterClosedEvent closed -> happenedOn(closed.closedOn());
      case ShelterCapacityChangedEvent changed -> NONE;
    };
  }

  private static EventFacts ofProject(ProjectEvent event) {
    return switch (event) {
      case ProjectOpenedEvent opened ->
          new EventFacts(
              iso(opened.startsOn()),
              agencies(
                  opened.funderAgency(), opened.implementerAgency(), opened.coordinatorAgency()),
              null);
      case ProjectClosedEvent closed -> happenedOn(closed.closedOn());
      case ProjectBeneficiaryAddedEvent added -> NONE;
      case ProjectBeneficiaryRemovedEvent removed -> NONE;
    };
  }

  private static EventFacts ofDelivery(DeliveryEvent event) {
    return switch (event) {
      case DeliveryPlannedEvent planned -> {
        List<AgencyId> named = new ArrayList<>();
        named.add(planned.fundingAgency());
        named.addAll(nullSafe(planned.deliveringAgencies()));
        named.add(planned.receivingAgency());
        nullSafe(planned.witnesses()).stream().map(Official::agency).forEach(named::add);
        yield new EventFacts(
            iso(planned.occurredOn()), agencies(named.toArray(AgencyId[]::new)), null);
      }
      case DeliveryDispatchedEvent dispatched -> happenedOn(dispatched.dispatchedOn());
      case DeliveryReceiptAcknowledgedEvent received ->
          new EventFacts(
              iso(received.receivedOn()),
              agencies(received.receivedBy() == null ? null : received.receivedBy().agency()),
              null);
      case DeliveryFactCorrectedEvent corrected ->
          new EventFacts(iso(corrected.businessDate()), List.of(), eventId(corrected.original()));
      case DeliveryFactVoidedEvent voided -> correcting(voided.original());
      case DeliveryVoidedEvent voided -> NONE;
    };
  }

  private static EventFacts ofTraining(TrainingEvent event) {
    return switch (event) {
      case TrainingSessionScheduledEvent scheduled ->
          new EventFacts(iso(scheduled.heldOn()), agencies(scheduled.trainerAgency()), null);
      case ParticipantEnrolledEvent enrolled -> named(enrolled.agency());
      case TrainingCompletedEvent completed -> happenedOn(completed.recordedOn());
      case TrainingFactCorrectedEvent corrected -> correcting(corrected.original());
      case TrainingFactVoidedEvent voided -> correcting(voided.original());
      case AttendanceRecordedEvent attended -> NONE;
      case TrainingSessionCancelledEvent cancelled -> NONE;
    };
  }

  /** Referral facts without the case reference or the sealed victim details. */
  private static EventFacts ofReferral(ReferralEvent event) {
    return switch (event) {
      case ReferralIssuedEvent issued ->
          new EventFacts(
              issued.consent() == null ? null : iso(issued.consent().givenOn()),
              agencies(issued.issuingAgency(), issued.receivingAgency()),
              null);
      case ReferralEscalatedEvent escalated -> happenedOn(escalated.escalatedAt());
      case ReferralStepVoidedEvent voided -> correcting(voided.original());
      case ReferralAcceptedEvent accepted -> NONE;
      case ReferralDeclinedEvent declined -> NONE;
      case ReferralWithdrawnEvent withdrawn -> NONE;
      case ReferralClosedEvent closed -> NONE;
      case ConsentNarrowedEvent narrowed -> happenedOn(narrowed.consent().givenOn());
      case ConsentWithdrawnEvent withdrawn -> happenedOn(withdrawn.withdrawnOn());
      case VictimDetailsAmendedEvent amended -> NONE;
      case CaseNoteAddedEvent noted -> NONE;
    };
  }

  private static EventFacts named(AgencyId agency) {
    return new EventFacts(null, agencies(agency), null);
  }

  private static EventFacts happenedOn(TemporalAccessor time) {
    return new EventFacts(iso(time), List.of(), null);
  }

  private static EventFacts correcting(CorrectedFact original) {
    return new EventFacts(null, List.of(), eventId(original));
  }

  private static String eventId(CorrectedFact original) {
    return original == null ? null : original.eventId();
  }

  /** A date or instant in ISO-8601, as its {@code toString} writes it. */
  private static String iso(TemporalAccessor time) {
    return time == null ? null : time.toString();
  }

  /** The non-null agencies, each once, in order. */
  private static List<AgencyId> agencies(AgencyId... named) {
    Set<AgencyId> distinct = new LinkedHashSet<>();
    for (AgencyId agency : named) {
      if (agency != null) {
        distinct.add(agency);
      }
    }
    return List.copyOf(distinct);
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
