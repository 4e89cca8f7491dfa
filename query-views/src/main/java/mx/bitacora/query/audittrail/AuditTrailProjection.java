package mx.bitacora.query.audittrail;

import mx.bitacora.platform.eventfacts.EventFacts;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

/**
 * Projects every event of every aggregate, whatever its type, into one audit-trail row keyed by the
 * position it was stored at. Runs in the processor's transaction, so the rows and the token commit
 * together; the same row already there is left alone, so a replay adds nothing. Only the event's
 * envelope and the facts {@link EventFacts} reads are written, never its payload. An event that
 * cannot be read still gets its row, saying so, and is dead-lettered to be read again after a fix:
 * the trail never has a silent hole. Each event is a sequence of its own ({@link
 * AuditTrailSequencing}), so one dead letter holds back no other event.
 */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT_TRAIL)
@ProjectionTables(value = "audit_trail", savepointPerEvent = false)
class AuditTrailProjection {

  private final AuditTrailTable trail;

  AuditTrailProjection(AuditTrailTable trail) {
    this.trail = trail;
  }

  // No savepoint around each event (savepointPerEvent), unlike the other projections: it writes
  // nothing
  // itself (the table inserts a batch's rows as it commits), so a failing event leaves no
  // statement to undo, and its unreadable row stays to be inserted with the batch.

  /** Any event: no payload type is named, so none is ever left out, and none is read up front. */
  @EventHandler(payloadType = Object.class)
  void on(DomainEventMessage<?> event) {
    try {
      Object payload = event.getPayload();
      if (payload instanceof UnknownSerializedType unknown) {
        throw new UnknownEventTypeException(unknown.serializedType().getName());
      }
      trail.record(
          new AuditTrailTable.Row(
              event.getIdentifier(),
              payload.getClass().getSimpleName(),
              event.getType(),
              EventFacts.aggregateIdIdentifiesAVictim(payload)
                  ? null
                  : event.getAggregateIdentifier(),
              EventFacts.of(payload)),
          RecordedEvent.of(event));
    } catch (RuntimeException unreadable) {
      trail.recordUnreadable(event, unreadable);
      throw unreadable;
    }
  }

  /** An event of a type this version does not know (recorded by a newer one, or renamed). */
  static final class UnknownEventTypeException extends IllegalStateException {
    UnknownEventTypeException(String type) {
      super("no class for the stored event type " + type);
    }
  }
}
