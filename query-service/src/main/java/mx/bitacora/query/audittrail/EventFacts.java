package mx.bitacora.query.audittrail;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.cases.CaseEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;

/**
 * What the audit trail reads from an event's payload, and nothing more: when the fact happened (its
 * business time, if it has one), which agencies it names, and which earlier fact it corrects or
 * voids. One mapping per event family; an event of no known family (or of a family's event that
 * names none of these) has none of them. Never a case reference, victim detail or free text.
 */
record EventFacts(String businessTime, List<AgencyId> namedAgencies, String corrects) {

  private static final EventFacts NONE = new EventFacts(null, List.of(), null);

  EventFacts {
    namedAgencies = List.copyOf(namedAgencies);
  }

  static EventFacts of(Object payload) {
    if (payload instanceof AgencyEvent agency) {
      return named(agency.agencyId());
    }
    if (payload instanceof ShelterEvent shelter) {
      return ofShelter(shelter);
    }
    if (payload instanceof ProjectEvent project) {
      return ofProject(project);
    }
    if (payload instanceof DeliveryEvent delivery) {
      return ofDelivery(delivery);
    }
    if (payload instanceof TrainingEvent training) {
      return ofTraining(training);
    }
    if (payload instanceof ReferralEvent referral) {
      return ofReferral(referral);
    }
    // A case erasure names no agency and its only fact is the case reference: nothing to show.
    return NONE;
  }

  /** Whether events of this payload's aggregate are keyed by something victim-identifying. */
  static boolean aggregateIdIdentifiesAVictim(Object payload) {
    return payload instanceof CaseEvent;
  }

  private static EventFacts ofShelter(ShelterEvent event) {
    if (event instanceof ShelterRegisteredEvent registered) {
      return named(registered.operatingAgency());
    }
    if (event instanceof ShelterClosedEvent closed) {
      return happenedOn(closed.closedOn());
    }
    return NONE;
  }

  private static EventFacts ofProject(ProjectEvent event) {
    if (event instanceof ProjectOpenedEvent opened) {
      return new EventFacts(
          iso(opened.startsOn()),
          agencies(opened.funderAgency(), opened.implementerAgency(), opened.coordinatorAgency()),
          null);
    }
    if (event instanceof ProjectClosedEvent closed) {
      return happenedOn(closed.closedOn());
    }
    return NONE;
  }

  private static EventFacts ofDelivery(DeliveryEvent event) {
    if (event instanceof DeliveryPlannedEvent planned) {
      List<AgencyId> named = new ArrayList<>();
      named.add(planned.fundingAgency());
      named.addAll(nullSafe(planned.deliveringAgencies()));
      named.add(planned.receivingAgency());
      nullSafe(planned.witnesses()).stream().map(Official::agency).forEach(named::add);
      return new EventFacts(
          iso(planned.occurredOn()), agencies(named.toArray(AgencyId[]::new)), null);
    }
    if (event instanceof DeliveryDispatchedEvent dispatched) {
      return happenedOn(dispatched.dispatchedOn());
    }
    if (event instanceof DeliveryReceiptAcknowledgedEvent received) {
      AgencyId receiver = received.receivedBy() == null ? null : received.receivedBy().agency();
      return new EventFacts(iso(received.receivedOn()), agencies(receiver), null);
    }
    if (event instanceof DeliveryFactCorrectedEvent corrected) {
      return new EventFacts(
          iso(corrected.businessDate()), List.of(), eventId(corrected.original()));
    }
    if (event instanceof DeliveryFactVoidedEvent voided) {
      return correcting(voided.original());
    }
    return NONE;
  }

  private static EventFacts ofTraining(TrainingEvent event) {
    if (event instanceof TrainingSessionScheduledEvent scheduled) {
      return new EventFacts(iso(scheduled.heldOn()), agencies(scheduled.trainerAgency()), null);
    }
    if (event instanceof ParticipantEnrolledEvent enrolled) {
      return named(enrolled.agency());
    }
    if (event instanceof TrainingCompletedEvent completed) {
      return happenedOn(completed.recordedOn());
    }
    if (event instanceof TrainingFactCorrectedEvent corrected) {
      return correcting(corrected.original());
    }
    if (event instanceof TrainingFactVoidedEvent voided) {
      return correcting(voided.original());
    }
    return NONE;
  }

  /** Referral facts without the case reference or the sealed victim details. */
  private static EventFacts ofReferral(ReferralEvent event) {
    if (event instanceof ReferralIssuedEvent issued) {
      return new EventFacts(
          issued.consent() == null ? null : iso(issued.consent().givenOn()),
          agencies(issued.issuingAgency(), issued.receivingAgency()),
          null);
    }
    if (event instanceof ReferralEscalatedEvent escalated) {
      return happenedOn(escalated.escalatedAt());
    }
    if (event instanceof ReferralStepVoidedEvent voided) {
      return correcting(voided.original());
    }
    return NONE;
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
