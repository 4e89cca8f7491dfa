package mx.bitacora.events.referral;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The issuing agency recorded that the victim withdrew their consent for this referral on {@code
 * withdrawnOn}: the receiver may no longer read the case's sealed data. Withdrawal is final.
 */
@Revision("1")
public record ConsentWithdrawnEvent(ReferralId referralId, LocalDate withdrawnOn)
    implements ReferralEvent {}
