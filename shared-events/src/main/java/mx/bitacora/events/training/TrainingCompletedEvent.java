package mx.bitacora.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An enrolled participant completed the training: {@code hoursCompleted} of the session's hours,
 * with the certificate's reference; {@code recordedOn} is the date the completion was recorded.
 */
public record TrainingCompletedEvent(
    TrainingSessionId trainingSessionId,
    StaffId staffId,
    BigDecimal hoursCompleted,
    String certificateReference,
    LocalDate recordedOn)
    implements TrainingEvent {}
