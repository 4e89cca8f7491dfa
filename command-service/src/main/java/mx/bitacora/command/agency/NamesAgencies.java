package mx.bitacora.command.agency;

import java.util.Collection;
import mx.bitacora.events.common.AgencyId;

/**
 * A command that names agencies other than the acting one (a funder, a receiving agency, a
 * witness's agency): each must be registered and active, or the command is refused.
 */
public interface NamesAgencies {

  /** Every agency the command names; null entries are ignored (validation refuses them). */
  Collection<AgencyId> namedAgencies();
}
