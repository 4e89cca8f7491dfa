package mx.bitacora.command.agency;

import mx.bitacora.events.common.AgencyId;

/**
 * Answers whether an agency is registered and still active, so that only such agencies act or are
 * named in a command.
 */
public interface AgencyDirectory {

  /** Whether {@code agencyId} was registered and has not been deactivated. */
  boolean isActive(AgencyId agencyId);
}
