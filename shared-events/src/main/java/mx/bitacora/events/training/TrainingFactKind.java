package mx.bitacora.events.training;

/** The kinds of a training session's facts that a correction or voiding may name. */
public enum TrainingFactKind {
  /** An attendance ({@link AttendanceRecordedEvent}): voided, never corrected. */
  ATTENDANCE,
  /** A completion ({@link TrainingCompletedEvent}): corrected or voided. */
  COMPLETION
}
