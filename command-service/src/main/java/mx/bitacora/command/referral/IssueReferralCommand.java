package mx.bitacora.command.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.command.messaging.FingerprintedCreation;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Refer the victim of a case to another agency, on behalf of {@code actingAgency}. Victim details
 * arrive already sealed: plain victim data never enters a command. {@code detailsDigest} is their
 * keyed digest (see {@code CaseCipher.digest}): a retry is recognised by it, since the ciphertext
 * differs on every request. It is never stored in an event. An onward referral names the referral
 * it continues and the agency whose case it is (see {@code ReferralIssuedEvent}). {@code issuedAt}
 * is the business time as the issuing agency states it (null: not stated).
 */
record IssueReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    CaseReference caseReference,
    AgencyId receivingAgency,
    ShelterId receivingShelter,
    ServiceRequested service,
    Urgency urgency,
    Consent consent,
    EncryptedDetails victimDetails,
    String detailsDigest,
    ReferralId onwardFrom,
    AgencyId caseIssuingAgency,
    Instant issuedAt)
    implements FingerprintedCreation, NamesAgencies {

  /** The agency the victim is referred to. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Collections.singletonList(receivingAgency);
  }

  /** Everything but the ciphertext, which the keyed digest of the details stands for. */
  @Override
  public Object fingerprintView() {
    return FingerprintedCreation.withSealedAsPresence(this, "victimDetails", "hasDetails");
  }
}
