package mx.bitacora.command.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.platform.eventstore.JdbcEventStoreConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a recorded event is a notice of an agency's inbox: the same rule as query-service's inbox
 * projection. A referral's issue, withdrawal and consent withdrawal are for its receiver; an
 * acceptance, decline or closure for its issuer; an escalation for both. A finding recorded,
 * reopened or escalated is for the agency it concerns, which the event names.
 */
@Component
class InboxNotices {

  private final JdbcTemplate jdbc;
  private final EventStore eventStore;

  InboxNotices(JdbcTemplate jdbc, EventStore eventStore) {
    this.jdbc = jdbc;
    this.eventStore = eventStore;
  }

  /** Whether the event {@code itemId} is a notice for {@code agency}'s inbox. */
  boolean isNoticeFor(UUID itemId, AgencyId agency) {
    List<String> streams =
        jdbc.queryForList(
            "SELECT aggregate_identifier FROM "
                + JdbcEventStoreConfiguration.EVENT_TABLE
                + " WHERE event_identifier = ? AND type IN ('Referral', 'Review')",
            String.class,
            itemId.toString());
    if (streams.isEmpty()) {
      return false;
    }
    if (streams.get(0).startsWith("review:")) {
      return concerned(eventOf(streams.get(0), itemId)).contains(agency);
    }
    ReferralIssuedEvent issued = null;
    Object notice = null;
    DomainEventStream events = eventStore.readEvents(streams.get(0));
    while (events.hasNext()) {
      DomainEventMessage<?> event = events.next();
      if (event.getPayload() instanceof ReferralIssuedEvent issue && issued == null) {
        issued = issue;
      }
      if (itemId.toString().equals(event.getIdentifier())) {
        notice = event.getPayload();
        break;
      }
    }
    return issued != null && recipients(notice, issued).contains(agency);
  }

  private Object eventOf(String stream, UUID itemId) {
    DomainEventStream events = eventStore.readEvents(stream);
    while (events.hasNext()) {
      DomainEventMessage<?> event = events.next();
      if (itemId.toString().equals(event.getIdentifier())) {
        return event.getPayload();
      }
    }
    return null;
  }

  private static Set<AgencyId> concerned(Object notice) {
    return switch (notice) {
      case FindingRecordedEvent recorded -> Set.of(recorded.concernedAgency());
      case FindingReopenedEvent reopened -> Set.of(reopened.concernedAgency());
      case FindingEscalatedEvent escalated -> Set.of(escalated.concernedAgency());
      case null, default -> Set.of();
    };
  }

  private static Set<AgencyId> recipients(Object notice, ReferralIssuedEvent issued) {
    return switch (notice) {
      case ReferralIssuedEvent issue -> Set.of(issue.receivingAgency());
      case ReferralWithdrawnEvent withdrawn -> Set.of(issued.receivingAgency());
      case ConsentWithdrawnEvent withdrawn -> Set.of(issued.receivingAgency());
      case ReferralAcceptedEvent accepted -> Set.of(issued.issuingAgency());
      case ReferralDeclinedEvent declined -> Set.of(issued.issuingAgency());
      case ReferralClosedEvent closed -> Set.of(issued.issuingAgency());
      case ReferralEscalatedEvent escalated ->
          Set.of(issued.issuingAgency(), issued.receivingAgency());
      case null, default -> Set.of();
    };
  }
}
