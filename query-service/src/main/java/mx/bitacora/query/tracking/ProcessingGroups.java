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

  /** Projects shelters (facts, capacity history) and training enrolments for the shelter view. */
  public static final String SHELTERS = "shelters";

  /** Groups whose failing events are set aside in the dead-letter queue instead of stalling. */
  static final List<String> DEAD_LETTERING =
      List.of(SHELTER_DELIVERIES, REFERRALS, AUDIT_TRAIL, AGENCIES, TRAINING, SHELTERS);

  private ProcessingGroups() {}
}
