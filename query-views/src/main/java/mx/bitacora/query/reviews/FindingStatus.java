package mx.bitacora.query.reviews;

/**
 * Where a finding stands, from the stage of its answer, its response due date and today: {@code
 * AWAITING_RESPONSE} until the due date has passed, then {@code OVERDUE}; {@code ANSWERED} once
 * answered (until the reviewer accepts or reopens it); {@code ACCEPTED}.
 */
public enum FindingStatus {
  AWAITING_RESPONSE,
  OVERDUE,
  ANSWERED,
  ACCEPTED;

  /**
   * The same rule in SQL over {@code review_finding} aliased {@code f}, with {@code :today} bound:
   * computed when read, never stored, since it changes with the date alone.
   */
  static final String SQL =
      """
      CASE WHEN f.stage = 'AWAITING_RESPONSE' AND :today > f.response_due_on THEN 'OVERDUE'
           ELSE f.stage END\
      """;
}
