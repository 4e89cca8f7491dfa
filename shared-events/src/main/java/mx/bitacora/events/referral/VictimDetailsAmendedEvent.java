package mx.bitacora.events.referral;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The issuing agency amended the referral's victim details: {@code victimDetails} (sealed with the
 * case's key, bound to the referral and {@code amendmentId}) replace the earlier version for every
 * reader from now on; the earlier versions stay in the log, sealed.
 */
@Revision("1")
public record VictimDetailsAmendedEvent(
    ReferralId referralId, UUID amendmentId, EncryptedDetails victimDetails)
    implements ReferralEvent {}
