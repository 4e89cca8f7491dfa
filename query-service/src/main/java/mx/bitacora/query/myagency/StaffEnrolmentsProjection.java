package mx.bitacora.query.myagency;

import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Projects which agency each training participant was enrolled for, so that their completions count
 * as staff trained for that agency. Runs in the processor's transaction; an enrolment is inserted
 * once, so a replay changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.ENROLMENTS)
@ProjectionTables("staff_enrolment")
class StaffEnrolmentsProjection {

  private final StaffEnrolmentTable enrolments;
  private final EventSavepoint savepoint;

  StaffEnrolmentsProjection(StaffEnrolmentTable enrolments, EventSavepoint savepoint) {
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
