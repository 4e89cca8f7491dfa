package mx.bitacora.query.trainingsessions;

import io.swagger.v3.oas.annotations.Operation;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One training session for its page ({@link TrainingSessionQueries} says who sees what). */
@RestController
@FedBy(ProcessingGroups.TRAINING)
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"TRAINING_SESSION_NOT_FOUND"})
class TrainingSessionController {

  private final TrainingSessionQueries queries;

  TrainingSessionController(TrainingSessionQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/training-sessions/{trainingSessionId}")
  @Operation(
      summary = "Read one training session: participants, facts recorded about them, and history")
  public TrainingSessionView session(
      @PathVariable TrainingSessionId trainingSessionId, Actor actor) {
    return queries.answer(trainingSessionId, actor);
  }
}
