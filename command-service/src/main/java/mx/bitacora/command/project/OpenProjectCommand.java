package mx.bitacora.command.project;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a support project, on behalf of {@code actingAgency}. */
record OpenProjectCommand(
    ProjectId projectId,
    AgencyId actingAgency,
    String name,
    AgencyId funderAgency,
    AgencyId implementerAgency,
    AgencyId coordinatorAgency,
    List<ShelterId> beneficiaryShelters,
    LocalDate startsOn,
    LocalDate endsOn) {

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Project.streamIdOf(projectId);
  }
}
