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
import mx.bitacora.platform.eventstore.JdbcEventStoreConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a recorded event is a notice of an agency's inbox: the same rule as query-service's inbox
 * projection. A referral's issue, withdrawal and consent withdrawal are for its receiver; an
 * acceptance, decline or closure for its issuer; an escalation for both.
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
                + " WHERE event_identifier = ? AND type = 'Referral'",
            String.class,
            itemId.toString());
    if (streams.isEmpty()) {
      return false;
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
