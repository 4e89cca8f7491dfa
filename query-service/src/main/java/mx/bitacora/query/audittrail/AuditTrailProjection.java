package mx.bitacora.query.audittrail;

import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
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
  private final EventSavepoint savepoint;

  AuditTrailProjection(AuditTrailTable trail, EventSavepoint savepoint) {
    this.trail = trail;
    this.savepoint = savepoint;
  }

  /** A failing event rolls back alone, leaving the transaction fit to dead-letter it. */
  @MessageHandlerInterceptor
  Object applyInsideSavepoint(InterceptorChain chain) throws Exception {
    return savepoint.apply(chain::proceed);
  }

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
