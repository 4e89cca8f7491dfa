package mx.bitacora.command.casekeys;

import mx.bitacora.command.messaging.RefusedWhenRepeated;
import mx.bitacora.events.referral.CaseReference;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Destroy the data key of a case, so its victim details can never be read again. */
record EraseCaseCommand(@TargetAggregateIdentifier CaseReference caseReference)
    implements RefusedWhenRepeated {

  @Override
  public String codeWhenRepeated() {
    return "CASE_ALREADY_ERASED";
  }
}
