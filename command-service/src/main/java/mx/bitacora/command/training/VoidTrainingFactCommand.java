package mx.bitacora.command.training;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Void a recorded attendance or completion, named by its sequence number, giving the reason. */
record VoidTrainingFactCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    long originalSequenceNumber,
    String reason) {}
