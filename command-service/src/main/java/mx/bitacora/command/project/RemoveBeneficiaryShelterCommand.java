package mx.bitacora.command.project;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a shelter being a beneficiary of the project. */
record RemoveBeneficiaryShelterCommand(
    ProjectId projectId, AgencyId actingAgency, ShelterId shelterId) {

  @TargetAggregateIdentifier
  String streamId() {
    return Project.streamIdOf(projectId);
  }
}
