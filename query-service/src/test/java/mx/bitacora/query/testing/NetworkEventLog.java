package mx.bitacora.query.testing;

import java.time.Instant;
import java.util.Map;
import mx.bitacora.events.accessreview.AccessReviewEvent;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.cases.CaseEvent;
import mx.bitacora.events.commitment.CommitmentEvent;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.inbox.InboxEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.review.ReviewEvent;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.training.TrainingEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends events of every aggregate as command-service stores them: its aggregate type, and its
 * stream id (agencies, shelters and projects prefixed, a case erasure under its case reference).
 * Returns each event's identifier, for the corrections that name it.
 */
public final class NetworkEventLog {

  private final AggregateEventLog log;

  public NetworkEventLog(EventStore eventStore) {
    this.log = new AggregateEventLog(eventStore);
  }

  public String append(Object event, Map<String, Object> metaData) {
    return log.append(aggregateTypeOf(event), streamIdOf(event), event, metaData);
  }

  /** Appends {@code event} as recorded at {@code recordedAt} (its timestamp in the log). */
  public String append(Object event, Map<String, Object> metaData, Instant recordedAt) {
    return log.append(aggregateTypeOf(event), streamIdOf(event), event, metaData, recordedAt);
  }

  /** The aggregate type command-service stores for the event's family. */
  public static String aggregateTypeOf(Object event) {
    if (event instanceof AgencyEvent) {
      return "Agency";
    } else if (event instanceof ShelterEvent) {
      return "Shelter";
    } else if (event instanceof ProjectEvent) {
      return "Project";
    } else if (event instanceof DeliveryEvent) {
      return "Delivery";
    } else if (event instanceof TrainingEvent) {
      return "TrainingSession";
    } else if (event instanceof ReferralEvent) {
      return "Referral";
    } else if (event instanceof CaseEvent) {
      return "CaseErasure";
    } else if (event instanceof AccessReviewEvent) {
      return "BreakGlassReview";
    } else if (event instanceof InboxEvent) {
      return "InboxItem";
    } else if (event instanceof CommitmentEvent) {
      return "Commitment";
    } else if (event instanceof ReviewEvent) {
      return "Review";
    }
    throw new IllegalArgumentException("not an event of shared-events");
  }

  /** The stream id command-service stores the event's aggregate under. */
  public static String streamIdOf(Object event) {
    if (event instanceof AgencyEvent agency) {
      return "agency:" + agency.agencyId();
    } else if (event instanceof ShelterEvent shelter) {
      return "shelter:" + shelter.shelterId();
    } else if (event instanceof ProjectEvent project) {
      return "project:" + project.projectId();
    } else if (event instanceof DeliveryEvent delivery) {
      return delivery.deliveryId().toString();
    } else if (event instanceof TrainingEvent training) {
      return training.trainingSessionId().toString();
    } else if (event instanceof ReferralEvent referral) {
      return referral.referralId().toString();
    } else if (event instanceof InboxEvent inbox) {
      return "inbox:" + inbox.agencyId() + "/" + inbox.itemId();
    } else if (event instanceof CaseErasedEvent erased) {
      // Before cases were scoped to their issuing agency, an erasure's stream was the reference.
      return erased.issuingAgency() == null
          ? erased.caseReference().value()
          : "case:" + erased.issuingAgency() + "/" + erased.caseReference();
    } else if (event instanceof AccessReviewEvent review) {
      return "break-glass-review:" + review.accessPosition();
    } else if (event instanceof CommitmentEvent commitment) {
      return "commitment:" + commitment.commitmentId();
    } else if (event instanceof ReviewEvent review) {
      return "review:" + review.reviewId();
    }
    throw new IllegalArgumentException("not an event of shared-events");
  }
}
