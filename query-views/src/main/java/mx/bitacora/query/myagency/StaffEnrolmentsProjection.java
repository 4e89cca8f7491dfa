package mx.bitacora.query.myagency;

import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.live.ViewChanges;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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

  /** A session's enrolments concern the agencies its participants were enrolled for. */
  private static final String CHANGED_ENROLMENTS =
      "SELECT s.id, NULL::text AS shelter, ARRAY(SELECT DISTINCT e.agency FROM staff_enrolment e"
          + " WHERE e.training_session_id = s.id) AS agencies FROM (SELECT ?::uuid AS id) s";

  private final StaffEnrolmentTable enrolments;
  private final EventSavepoint savepoint;
  private final ViewChanges changes;

  StaffEnrolmentsProjection(
      StaffEnrolmentTable enrolments, EventSavepoint savepoint, ViewChanges changes) {
    this.enrolments = enrolments;
    this.savepoint = savepoint;
    this.changes = changes;
  }

  /**
   * A failing event rolls back alone, leaving the transaction fit to dead-letter it; an applied one
   * is announced to the live streams when its transaction commits.
   */
  @MessageHandlerInterceptor
  Object applyInsideSavepoint(EventMessage<?> event, InterceptorChain chain) throws Exception {
    return changes.applyAndAnnounce(savepoint, chain, event, "training", CHANGED_ENROLMENTS);
  }

  @EventHandler
  void on(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    enrolments.recordEnrolled(enrolled, recorded);
  }
}
