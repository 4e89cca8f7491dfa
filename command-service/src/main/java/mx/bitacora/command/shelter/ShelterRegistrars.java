package mx.bitacora.command.shelter;

import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Role;

/**
 * Who may register a shelter: staff of its operating agency, or a platform administrator. Asked by
 * the aggregate, and by the endpoint before the id's existence is looked up, so that someone who
 * may not register for that agency is refused alike whether the id is taken or not.
 */
final class ShelterRegistrars {

  private ShelterRegistrars() {}

  static void ensureMayRegisterFor(
      Set<Role> actorRoles, AgencyId actingAgency, AgencyId operatingAgency) {
    Set<Role> roles = actorRoles == null ? Set.of() : actorRoles;
    boolean platformAdministrator = roles.contains(Role.PLATFORM_ADMIN);
    boolean operatorStaff =
        roles.contains(Role.AGENCY_STAFF)
            && actingAgency != null
            && actingAgency.equals(operatingAgency);
    if (!platformAdministrator && !operatorStaff) {
      throw new RejectedException(ShelterProblem.NOT_THE_OPERATING_AGENCY);
    }
  }
}
