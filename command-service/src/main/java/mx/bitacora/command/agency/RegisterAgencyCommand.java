package mx.bitacora.command.agency;

import java.util.Set;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an agency in the network; {@code actorRoles} are the acting user's, from the token. */
record RegisterAgencyCommand(
    AgencyId agencyId,
    Set<Role> actorRoles,
    String name,
    String acronym,
    AgencyKind kind,
    AgencyLevel level,
    String state) {

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Agency.streamIdOf(agencyId);
  }
}
