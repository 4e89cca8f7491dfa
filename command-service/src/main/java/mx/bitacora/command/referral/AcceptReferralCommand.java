package mx.bitacora.command.referral;

import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving agency accepts a referral; {@code answeredAt} is the business time it states (null:
 * not stated).
 */
record AcceptReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency, Instant answeredAt) {

  /** An acceptance whose business time is not stated. */
  AcceptReferralCommand(ReferralId referralId, AgencyId actingAgency) {
    this(referralId, actingAgency, null);
  }
}
