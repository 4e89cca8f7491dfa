package mx.bitacora.command.commitment;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;

/**
 * A command that carries a commitment's terms: it names the agency whose staff are to be trained.
 */
interface CarriesTerms extends NamesAgencies {

  PromisedTerms terms();

  /** The agency whose staff are to be trained, if any (null is left to validation). */
  @Override
  default Collection<AgencyId> namedAgencies() {
    return terms() instanceof PromisedTerms.Training training
        ? Collections.singletonList(training.traineeAgency())
        : List.of();
  }
}
