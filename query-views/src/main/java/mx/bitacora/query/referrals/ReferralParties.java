package mx.bitacora.query.referrals;

import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;

/** Whose a referral is: its case and the agencies party to it, as the access log names them. */
record ReferralParties(
    CaseReference caseReference,
    AgencyId caseAgency,
    AgencyId issuingAgency,
    AgencyId receivingAgency) {

  static ReferralParties of(ReferralSummary referral) {
    return new ReferralParties(
        referral.caseReference(),
        referral.caseAgency(),
        referral.issuingAgency(),
        referral.receivingAgency());
  }

  List<AgencyId> agencies() {
    return List.of(issuingAgency, receivingAgency);
  }
}
