package mx.bitacora.events.training;

/** Every fact recorded about one training session. */
public sealed interface TrainingEvent
    permits TrainingSessionScheduledEvent,
        ParticipantEnrolledEvent,
        AttendanceRecordedEvent,
        TrainingCompletedEvent,
        TrainingSessionCancelledEvent,
        TrainingFactCorrectedEvent,
        TrainingFactVoidedEvent {

  TrainingSessionId trainingSessionId();
}
