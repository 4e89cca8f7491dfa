package mx.bitacora.query.audittrail;

import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.stereotype.Component;

/**
 * The audit trail's sequencing: each event is a sequence of its own. Its rows do not depend on one
 * another, so its segments may apply an aggregate's events in any order, and a dead-lettered event
 * holds back no later event of its aggregate. Named by the {@code audit-trail} processor's {@code
 * sequencing-policy} setting.
 */
@Component("auditTrailSequencing")
class AuditTrailSequencing implements SequencingPolicy<EventMessage<?>> {

  @Override
  public Optional<Object> getSequenceIdentifierFor(EventMessage<?> event) {
    return Optional.of(event.getIdentifier());
  }
}
