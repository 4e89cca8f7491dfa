package mx.bitacora.command.agency;

import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an agency a new name and acronym. */
record RenameAgencyCommand(AgencyId agencyId, Set<Role> actorRoles, String name, String acronym) {

  @TargetAggregateIdentifier
  String streamId() {
    return Agency.streamIdOf(agencyId);
  }
}
