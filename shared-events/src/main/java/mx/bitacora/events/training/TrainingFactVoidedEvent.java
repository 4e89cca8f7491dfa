package mx.bitacora.events.training;

import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * A recorded attendance or completion of one participant is voided, with the reason: it no longer
 * counts, yet stays in the log as recorded; {@code originalKind} says which it was. The actor is in
 * the event's metadata.
 */
@Revision("2")
public record TrainingFactVoidedEvent(
    TrainingSessionId trainingSessionId,
    CorrectedFact original,
    TrainingFactKind originalKind,
    String reason,
    StaffId staffId)
    implements TrainingEvent {}
