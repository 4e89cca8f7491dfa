package mx.bitacora.events.referral;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The receiving agency declined the referral, for a process reason. {@code answeredAt} is the
 * business time of the answer as the agency states it; null when not stated (and in events stored
 * before business times existed): the record time stands in for it.
 */
@Revision("1")
public record ReferralDeclinedEvent(ReferralId referralId, DeclineReason reason, Instant answeredAt)
    implements ReferralEvent {

  /** A decline whose business time is not stated. */
  public ReferralDeclinedEvent(ReferralId referralId, DeclineReason reason) {
    this(referralId, reason, null);
  }
}
