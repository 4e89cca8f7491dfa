package mx.bitacora.events.training;

import java.math.BigDecimal;
import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * A recorded completion is corrected, with the reason: the participant's corrected hours and
 * certificate reference, in full; {@code originalKind} is always {@code COMPLETION}. The original
 * stays as recorded; the actor is in the metadata.
 */
@Revision("2")
public record TrainingFactCorrectedEvent(
    TrainingSessionId trainingSessionId,
    CorrectedFact original,
    TrainingFactKind originalKind,
    String reason,
    StaffId staffId,
    BigDecimal hoursCompleted,
    String certificateReference)
    implements TrainingEvent {}
