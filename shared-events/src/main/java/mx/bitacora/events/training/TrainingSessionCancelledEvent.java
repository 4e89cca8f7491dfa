package mx.bitacora.events.training;

/** The session was cancelled, with the reason; nothing more is recorded on it. */
public record TrainingSessionCancelledEvent(TrainingSessionId trainingSessionId, String reason)
    implements TrainingEvent {}
