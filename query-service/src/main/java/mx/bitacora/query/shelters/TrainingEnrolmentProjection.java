package mx.bitacora.query.shelters;

import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Projects training enrolments (session, pseudonymous staff id, the staff member's agency), which
 * tie a completion to the agency whose shelters count it as trained staff. Runs in the processor's
 * transaction; every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.SHELTERS)
class TrainingEnrolmentProjection {

  private final TrainingEnrolmentTable enrolments;
  private final EventSavepoint savepoint;

  TrainingEnrolmentProjection(TrainingEnrolmentTable enrolments, EventSavepoint savepoint) {
    this.enrolments = enrolments;
    this.savepoint = savepoint;
  }

  /** A failing event rolls back alone, leaving the transaction fit to dead-letter it. */
  @MessageHandlerInterceptor
  Object applyInsideSavepoint(InterceptorChain chain) throws Exception {
    return savepoint.apply(chain::proceed);
  }

  @EventHandler
  void on(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    enrolments.recordEnrolled(enrolled, recorded);
  }
}
