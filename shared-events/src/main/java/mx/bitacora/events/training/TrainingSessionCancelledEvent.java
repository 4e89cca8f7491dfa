package mx.bitacora.events.training;

import org.axonframework.serialization.Revision;

/** The session was cancelled, with the reason; nothing more is recorded on it. */
@Revision("1")
public record TrainingSessionCancelledEvent(TrainingSessionId trainingSessionId, String reason)
    implements TrainingEvent {}
