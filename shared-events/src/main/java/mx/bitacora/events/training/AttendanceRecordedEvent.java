package mx.bitacora.events.training;

/** The trainer agency recorded that an enrolled participant attended the session. */
public record AttendanceRecordedEvent(TrainingSessionId trainingSessionId, StaffId staffId)
    implements TrainingEvent {}
