package mx.bitacora.command.commitment;

import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw the commitment, with the reason. */
record WithdrawCommitmentCommand(CommitmentId commitmentId, AgencyId actingAgency, String reason) {

  @TargetAggregateIdentifier
  String streamId() {
    return Commitment.streamIdOf(commitmentId);
  }
}
