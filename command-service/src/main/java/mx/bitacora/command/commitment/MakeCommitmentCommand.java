package mx.bitacora.command.commitment;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a commitment for {@code actingAgency}, or for project {@code projectId} when not null. */
record MakeCommitmentCommand(
    CommitmentId commitmentId, AgencyId actingAgency, ProjectId projectId, PromisedTerms terms)
    implements NamesAgencies {

  /** The agency whose staff are to be trained, if any. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return terms instanceof PromisedTerms.Training training
        ? Collections.singletonList(training.traineeAgency())
        : List.of();
  }

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Commitment.streamIdOf(commitmentId);
  }
}
