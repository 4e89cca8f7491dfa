package mx.bitacora.command.project;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the project on a business date. */
record CloseProjectCommand(ProjectId projectId, AgencyId actingAgency, LocalDate closedOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Project.streamIdOf(projectId);
  }
}
