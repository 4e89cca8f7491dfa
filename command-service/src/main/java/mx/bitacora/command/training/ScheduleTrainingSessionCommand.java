package mx.bitacora.command.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedule a training session, on behalf of {@code actingAgency}, which must be the trainer. */
record ScheduleTrainingSessionCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    ProjectId projectId,
    String topic,
    AgencyId trainerAgency,
    TrainingAudience audience,
    BigDecimal hours,
    LocalDate heldOn,
    String place,
    int capacity)
    implements NamesAgencies {

  /** The agency giving the training. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Collections.singletonList(trainerAgency);
  }
}
