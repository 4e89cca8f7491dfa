package mx.bitacora.command.commitment;

import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the commitment's terms in full, with the reason. */
record ReviseCommitmentCommand(
    CommitmentId commitmentId, AgencyId actingAgency, PromisedTerms terms, String reason)
    implements CarriesTerms {

  @TargetAggregateIdentifier
  String streamId() {
    return Commitment.streamIdOf(commitmentId);
  }
}
