package mx.bitacora.query.commitments;

/**
 * Where a commitment stands, from its figures, its due date and today: {@code WITHDRAWN}; {@code
 * MET} once what counts reaches what was promised (a referral-answers commitment only once its
 * period has ended); before or on the due date otherwise {@code DUE}; after it {@code PARTLY_MET}
 * when something counted, {@code OVERDUE} when nothing did.
 */
public enum CommitmentStatus {
  MET,
  PARTLY_MET,
  DUE,
  OVERDUE,
  WITHDRAWN;

  /**
   * The same rule in SQL over {@code commitment} aliased {@code c}, with {@code :today} bound: the
   * status is computed when read, never stored, since it changes with the date alone.
   */
  static final String SQL =
      """
      CASE WHEN c.withdrawn THEN 'WITHDRAWN'
           WHEN c.kind <> 'REFERRAL_ANSWERS' AND c.achieved >= c.promised THEN 'MET'
           WHEN :today <= c.due_on THEN 'DUE'
           WHEN c.achieved >= c.promised THEN 'MET'
           WHEN c.achieved > 0 THEN 'PARTLY_MET'
           ELSE 'OVERDUE' END\
      """;
}
