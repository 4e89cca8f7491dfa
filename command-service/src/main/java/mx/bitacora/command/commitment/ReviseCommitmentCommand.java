package mx.bitacora.command.commitment;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the commitment's terms in full, with the reason. */
record ReviseCommitmentCommand(
    CommitmentId commitmentId, AgencyId actingAgency, PromisedTerms terms, String reason)
    implements NamesAgencies {

  /** The agency whose staff are to be trained, if any (null is left to validation). */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return terms instanceof PromisedTerms.Training training
        ? Collections.singletonList(training.traineeAgency())
        : List.of();
  }

  @TargetAggregateIdentifier
  String streamId() {
    return Commitment.streamIdOf(commitmentId);
  }
}
