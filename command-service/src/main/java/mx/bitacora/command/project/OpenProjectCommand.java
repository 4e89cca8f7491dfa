package mx.bitacora.command.project;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
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
    LocalDate endsOn)
    implements NamesAgencies {

  /** The funder, the implementer and the coordinator. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Arrays.asList(funderAgency, implementerAgency, coordinatorAgency);
  }

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Project.streamIdOf(projectId);
  }
}
