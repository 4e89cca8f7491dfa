package mx.bitacora.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An enrolled participant completed the training: {@code hoursCompleted} of the session's hours,
 * with the certificate's reference; {@code recordedOn} is the date the completion was recorded.
 */
@Revision("1")
public record TrainingCompletedEvent(
    TrainingSessionId trainingSessionId,
    StaffId staffId,
    BigDecimal hoursCompleted,
    String certificateReference,
    LocalDate recordedOn)
    implements TrainingEvent {}
