package mx.bitacora.query.projects;

/** Where a training session under a project stands. */
public enum SessionStatus {
  /** Scheduled, with no standing completion yet: pending. */
  SCHEDULED,
  /** At least one participant's completion stands (not voided). */
  COMPLETED,
  /** Cancelled; its completions no longer count. */
  CANCELLED
}
