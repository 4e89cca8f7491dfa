package mx.bitacora.command.referral;

import java.time.Duration;
import mx.bitacora.events.referral.ReferralId;

/**
 * What the answer deadline of a referral carries while it waits in the scheduler's table: ids and
 * the limit only, never case data.
 */
record ReferralAnswerDeadline(ReferralId referralId, Duration limit) {

  /** The deadline's name, used to schedule, cancel and handle it. */
  static final String NAME = "referral-answer";
}
