package mx.bitacora.command.referral;

import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving agency declines a referral, giving a process reason; {@code answeredAt} is the
 * business time it states (null: not stated).
 */
record DeclineReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    DeclineReason reason,
    Instant answeredAt) {

  /** A decline whose business time is not stated. */
  DeclineReferralCommand(ReferralId referralId, AgencyId actingAgency, DeclineReason reason) {
    this(referralId, actingAgency, reason, null);
  }
}
