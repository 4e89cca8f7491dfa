package mx.bitacora.command.commitment;

import java.time.LocalDate;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make a commitment for {@code actingAgency}, or for project {@code projectId} when not null, on
 * {@code madeOn} (the day it was promised, as stated; null: today).
 */
record MakeCommitmentCommand(
    CommitmentId commitmentId,
    AgencyId actingAgency,
    ProjectId projectId,
    PromisedTerms terms,
    LocalDate madeOn)
    implements CarriesTerms {

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Commitment.streamIdOf(commitmentId);
  }
}
