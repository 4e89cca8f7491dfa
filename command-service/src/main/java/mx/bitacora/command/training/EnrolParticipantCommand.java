package mx.bitacora.command.training;

import java.util.Collection;
import java.util.Collections;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enrol a staff member of {@code agency} in the session, by pseudonymous id and role. */
record EnrolParticipantCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    StaffId staffId,
    AgencyId agency,
    String role)
    implements NamesAgencies {

  /** The participant's agency. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Collections.singletonList(agency);
  }
}
