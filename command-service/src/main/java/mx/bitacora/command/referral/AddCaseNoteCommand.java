package mx.bitacora.command.referral;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a sealed case note to the referral (receiving agency only). */
record AddCaseNoteCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    UUID noteId,
    EncryptedDetails note) {}
