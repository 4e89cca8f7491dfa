package mx.bitacora.command.referral;

import mx.bitacora.command.casekeys.AgencyCase;

/** The case a referral belongs to: its issuing agency's, under its reference. */
record ReferralCase(AgencyCase agencyCase) {}
