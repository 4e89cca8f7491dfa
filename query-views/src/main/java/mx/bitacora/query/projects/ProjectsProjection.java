package mx.bitacora.query.projects;

import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects support projects (parties, period, closure), their beneficiary shelters as added and
 * removed, and the training sessions scheduled under a project. Runs in the processor's
 * transaction; every write is idempotent, so a replay changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROJECTS)
@ProjectionTables({"project", "project_beneficiary", "project_training_session"})
class ProjectsProjection {

  private final ProjectTable projects;

  ProjectsProjection(ProjectTable projects) {
    this.projects = projects;
  }

  @EventHandler
  void on(ProjectOpenedEvent opened, RecordedEvent recorded) {
    projects.recordOpened(opened, recorded);
  }

  @EventHandler
  void on(ProjectBeneficiaryAddedEvent added, RecordedEvent recorded) {
    projects.recordBeneficiary(added.projectId(), added.shelterId(), false, recorded);
  }

  @EventHandler
  void on(ProjectBeneficiaryRemovedEvent removed, RecordedEvent recorded) {
    projects.recordBeneficiary(removed.projectId(), removed.shelterId(), true, recorded);
  }

  @EventHandler
  void on(ProjectClosedEvent closed, RecordedEvent recorded) {
    projects.recordClosed(closed, recorded);
  }

  /** Only a session under a project is kept; one without a project is not this view's. */
  @EventHandler
  void on(TrainingSessionScheduledEvent scheduled, RecordedEvent recorded) {
    if (scheduled.projectId() != null) {
      projects.recordSessionScheduled(scheduled, recorded);
    }
  }
}
