package mx.bitacora.events.project;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/**
 * A support project was opened: who funds, implements and coordinates it, which shelters benefit,
 * and the period it runs (business dates, both inclusive).
 */
@Revision("1")
public record ProjectOpenedEvent(
    ProjectId projectId,
    String name,
    AgencyId funderAgency,
    AgencyId implementerAgency,
    AgencyId coordinatorAgency,
    List<ShelterId> beneficiaryShelters,
    LocalDate startsOn,
    LocalDate endsOn)
    implements ProjectEvent {}
