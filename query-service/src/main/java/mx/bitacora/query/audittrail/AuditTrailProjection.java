package mx.bitacora.query.audittrail;

import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects every event of every aggregate, whatever its type, into one audit-trail row keyed by its
 * position in the event log. Runs in the processor's transaction, so the rows and the token commit
 * together; a row already there is left alone, so a replay adds nothing. Only the event's envelope
 * and the facts {@link EventFacts} reads are written, never its payload.
 */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT_TRAIL)
@ProjectionTables("audit_trail")
class AuditTrailProjection {

  private final AuditTrailTable trail;

  AuditTrailProjection(AuditTrailTable trail) {
    this.trail = trail;
  }

  // No savepoint around each event, unlike the other projections: the handler writes nothing
  // itself (the table inserts a batch's rows as it commits), so a failing event leaves no
  // statement to undo and is dead-lettered alone.

  /** Any event: the handler takes {@code Object}, so no event type is ever left out. */
  @EventHandler
  void on(Object payload, DomainEventMessage<?> event, RecordedEvent recorded) {
    trail.record(
        new AuditTrailTable.Row(
            event.getIdentifier(),
            payload.getClass().getSimpleName(),
            event.getType(),
            EventFacts.aggregateIdIdentifiesAVictim(payload)
                ? null
                : event.getAggregateIdentifier(),
            EventFacts.of(payload)),
        recorded);
  }
}
