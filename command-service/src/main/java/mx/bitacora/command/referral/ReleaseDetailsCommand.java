package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CasePurpose;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask the referral whether {@code actingAgency} may read one of its sealed parts for {@code
 * purpose} now; {@code breakGlass} when a commission auditor gave a reason. Stores nothing: the
 * referral answers with a {@link DetailsRelease}.
 */
record ReleaseDetailsCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    CasePurpose purpose,
    boolean breakGlass,
    SealedPart part) {}
