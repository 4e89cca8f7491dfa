package mx.bitacora.command.training;

import java.math.BigDecimal;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct a recorded completion, named by its sequence number, giving the reason; an absent hours
 * or certificate reference keeps its recorded value.
 */
record CorrectTrainingFactCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    long originalSequenceNumber,
    String reason,
    BigDecimal hoursCompleted,
    String certificateReference) {}
