package mx.bitacora.events.training;

import org.axonframework.serialization.Revision;

/** The trainer agency recorded that an enrolled participant attended the session. */
@Revision("1")
public record AttendanceRecordedEvent(TrainingSessionId trainingSessionId, StaffId staffId)
    implements TrainingEvent {}
