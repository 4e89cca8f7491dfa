package mx.bitacora.query.tracking;

import java.util.List;

/** The names of the query side's processing groups, each tailing the event log on its own. */
public final class ProcessingGroups {

  /** Projects deliveries into each shelter's list and each delivery's detail. */
  public static final String SHELTER_DELIVERIES = "shelter-deliveries";

  /** Projects referrals into each agency's list and each referral's detail. */
  public static final String REFERRALS = "referrals";

  /** Projects every event of every aggregate into the commission's audit trail. */
  public static final String AUDIT_TRAIL = "audit-trail";

  /** Projects the network's agencies (name, kind, level, state) for the commission overview. */
  public static final String AGENCIES = "agencies";

  /** Projects training sessions and their completions for the commission overview. */
  public static final String TRAINING = "training";

  /** Projects which agency each training participant was enrolled for (my agency, shelters). */
  public static final String ENROLMENTS = "enrolments";

  /** Projects support projects, their beneficiaries and the sessions held under them. */
  public static final String PROJECTS = "projects";

  /** Projects shelters (facts, capacity history) for the shelter view. */
  public static final String SHELTERS = "shelters";

  /** Projects reviews of break-glass reads, listed beside the access log's break-glass entries. */
  public static final String BREAK_GLASS_REVIEWS = "break-glass-reviews";

  /** Projects each agency's inbox: notices from referral events, and which were read. */
  public static final String INBOX = "inbox";

  /** Projects commitments and the delivery, training and referral facts that count toward them. */
  public static final String COMMITMENTS = "commitments";

  /** Projects compliance reviews, their criteria and findings, and the agencies' answers. */
  public static final String REVIEWS = "reviews";

  /** Groups whose failing events are set aside in the dead-letter queue instead of stalling. */
  static final List<String> DEAD_LETTERING =
      List.of(
          SHELTER_DELIVERIES,
          REFERRALS,
          AUDIT_TRAIL,
          AGENCIES,
          TRAINING,
          ENROLMENTS,
          PROJECTS,
          SHELTERS,
          BREAK_GLASS_REVIEWS,
          INBOX,
          COMMITMENTS,
          REVIEWS);

  private ProcessingGroups() {}
}
