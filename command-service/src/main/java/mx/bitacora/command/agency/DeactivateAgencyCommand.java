package mx.bitacora.command.agency;

import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an agency out of the network, giving the reason. */
record DeactivateAgencyCommand(AgencyId agencyId, Set<Role> actorRoles, String reason) {

  @TargetAggregateIdentifier
  String streamId() {
    return Agency.streamIdOf(agencyId);
  }
}
