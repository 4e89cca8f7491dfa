package mx.bitacora.command.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule a training session, on behalf of {@code actingAgency}, which must be the trainer. {@code
 * audiences}: further audiences besides {@code audience} (may be null or empty).
 */
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
    int capacity,
    List<TrainingAudience> audiences)
    implements NamesAgencies {

  /**
   * Every audience, {@code audience} first, each once; null for a session of {@code audience} only
   * (as events stored before sessions had several audiences).
   */
  List<TrainingAudience> allAudiences() {
    if (audiences == null) {
      return null;
    }
    List<TrainingAudience> all =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(audience), audiences.stream())
            .distinct()
            .toList();
    return all.size() > 1 ? all : null;
  }

  /** The agency giving the training. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Collections.singletonList(trainerAgency);
  }
}
