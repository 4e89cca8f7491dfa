package mx.bitacora.command.referral;

import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.events.referral.EncryptedDetails;

/**
 * What an onward referral continues: the case (the first referral's issuer's, whose key seals it
 * all) and the standing victim details with what they are bound to (null when none were given).
 */
record OnwardBasis(
    AgencyCase agencyCase, EncryptedDetails sealedDetails, String detailsSealedFor) {}
