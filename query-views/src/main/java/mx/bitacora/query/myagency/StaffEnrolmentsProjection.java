package mx.bitacora.query.myagency;

import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects which agency each training participant was enrolled for, so that their completions count
 * as staff trained for that agency. Runs in the processor's transaction; an enrolment is inserted
 * once, so a replay changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.ENROLMENTS)
@ProjectionTables("staff_enrolment")
@AnnouncesChanges(view = "training", changed = StaffEnrolmentsProjection.CHANGED_ENROLMENTS)
class StaffEnrolmentsProjection {

  /** A session's enrolments concern the agencies its participants were enrolled for. */
  static final String CHANGED_ENROLMENTS =
      "SELECT s.id, NULL::text AS shelter, ARRAY(SELECT DISTINCT e.agency FROM staff_enrolment e"
          + " WHERE e.training_session_id = s.id) AS agencies FROM (SELECT ?::uuid AS id) s";

  private final StaffEnrolmentTable enrolments;

  StaffEnrolmentsProjection(StaffEnrolmentTable enrolments) {
    this.enrolments = enrolments;
  }

  @EventHandler
  void on(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    enrolments.recordEnrolled(enrolled, recorded);
  }
}
