package mx.bitacora.events.commitment;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.serialization.Revision;

/**
 * A commitment was made: {@code committingAgencies} promise {@code terms}. Made for a project
 * ({@code projectId} not null), the committing agencies are its implementer and funder; otherwise
 * the one agency that made it. {@code madeOn} is the day it was promised (business time, as the
 * agency stated it; else the network's date when it was recorded): facts from that date on count
 * toward it.
 */
@Revision("1")
public record CommitmentMadeEvent(
    CommitmentId commitmentId,
    List<AgencyId> committingAgencies,
    ProjectId projectId,
    CommitmentTerms terms,
    LocalDate madeOn)
    implements CommitmentEvent {}
