package mx.bitacora.command.breakglass;

import java.util.List;
import java.util.Optional;
import mx.bitacora.events.common.AgencyId;

/**
 * What command-service may learn of an access-log entry: who read, whether it was a break-glass
 * read, and the agencies it concerns; never the entry itself.
 */
public interface AccessEntries {

  /** The entry at {@code position}, if there is one. */
  Optional<Reader> readerOf(long position);

  /** Who made the read recorded at an entry, whether it broke the glass, whom it concerns. */
  record Reader(String actor, boolean breakGlass, List<AgencyId> owningAgencies) {

    public Reader {
      owningAgencies = List.copyOf(owningAgencies);
    }
  }
}
