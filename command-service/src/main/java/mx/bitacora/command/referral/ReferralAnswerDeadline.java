package mx.bitacora.command.referral;

import java.time.Duration;
import mx.bitacora.events.referral.ReferralId;

/**
 * What the answer deadline of a referral carries while it waits in the scheduler's table: ids, the
 * limit and which wait for an answer it times (the sequence number of the event that began it),
 * never case data. Deadlines scheduled before the wait was recorded carry none and time whatever
 * wait is current, as they were cancelled when it ended.
 */
record ReferralAnswerDeadline(ReferralId referralId, Duration limit, Long awaitingSince) {

  /** The deadline's name, used to schedule and handle it. */
  static final String NAME = "referral-answer";

  /** Whether it times the wait that began with the event of sequence number {@code current}. */
  boolean isFor(long current) {
    return awaitingSince == null || awaitingSince == current;
  }
}
