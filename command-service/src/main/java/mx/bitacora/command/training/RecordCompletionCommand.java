package mx.bitacora.command.training;

import java.math.BigDecimal;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an enrolled participant completed the training, with hours and certificate. */
record RecordCompletionCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    StaffId staffId,
    BigDecimal hoursCompleted,
    String certificateReference) {}
