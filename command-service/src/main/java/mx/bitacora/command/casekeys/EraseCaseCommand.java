package mx.bitacora.command.casekeys;

import mx.bitacora.command.messaging.RefusedWhenRepeated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Destroy the data key of one agency's case, so its victim details can never be read again; another
 * agency's case under the same reference is untouched.
 */
record EraseCaseCommand(@TargetAggregateIdentifier AgencyCase agencyCase)
    implements RefusedWhenRepeated {

  @Override
  public CaseProblem codeWhenRepeated() {
    return CaseProblem.CASE_ALREADY_ERASED;
  }
}
