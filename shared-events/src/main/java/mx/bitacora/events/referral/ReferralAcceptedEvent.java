package mx.bitacora.events.referral;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The receiving agency accepted the referral. {@code answeredAt} is the business time of the answer
 * as the agency states it; null when not stated (and in events stored before business times
 * existed): the record time stands in for it.
 */
@Revision("1")
public record ReferralAcceptedEvent(ReferralId referralId, Instant answeredAt)
    implements ReferralEvent {

  /** An acceptance whose business time is not stated. */
  public ReferralAcceptedEvent(ReferralId referralId) {
    this(referralId, null);
  }
}
