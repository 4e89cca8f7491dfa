package mx.bitacora.command.inbox;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One notice of one agency's inbox, once read: a tiny stream per notice (not one per inbox), so
 * that marking a notice read never loads, nor contends with, the agency's other notices, and its
 * one event says who read it first and when. The controller checks beforehand that the notice is
 * the agency's ({@link InboxNotices}).
 */
@Aggregate
class InboxItem {

  private static final String STREAM_PREFIX = "inbox:";

  @AggregateIdentifier private String streamId;

  InboxItem() {
    // for Axon: rebuilt from its events
  }

  static String streamIdOf(AgencyId agencyId, UUID itemId) {
    return STREAM_PREFIX + agencyId + "/" + itemId;
  }

  @CommandHandler
  InboxItem(MarkInboxItemReadCommand command) {
    apply(new InboxItemReadEvent(command.agencyId(), command.itemId()));
  }

  @EventSourcingHandler
  void on(InboxItemReadEvent event) {
    streamId = streamIdOf(event.agencyId(), event.itemId());
  }
}
