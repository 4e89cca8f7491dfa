package mx.bitacora.command.training;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a training session, giving the reason. */
record CancelTrainingSessionCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    String reason) {}
