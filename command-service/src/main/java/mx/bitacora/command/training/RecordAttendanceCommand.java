package mx.bitacora.command.training;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an enrolled participant attended the session. */
record RecordAttendanceCommand(
    @TargetAggregateIdentifier TrainingSessionId trainingSessionId,
    AgencyId actingAgency,
    StaffId staffId) {}
