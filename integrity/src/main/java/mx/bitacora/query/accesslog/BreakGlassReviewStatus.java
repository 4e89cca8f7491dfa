package mx.bitacora.query.accesslog;

/**
 * Where a break-glass read stands: reviewed and found justified or not, or not yet reviewed —
 * within the days allowed for a review, or past them (overdue).
 */
public enum BreakGlassReviewStatus {
  JUSTIFIED,
  NOT_JUSTIFIED,
  UNREVIEWED,
  OVERDUE
}
