package mx.bitacora.events.referral;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * The receiving agency ({@code author}) added a case note: what care was given, next steps. The
 * note is sealed with the case's key, bound to the referral and {@code noteId}, like the victim
 * details; it is never in plain text in the log.
 */
@Revision("1")
public record CaseNoteAddedEvent(
    ReferralId referralId, UUID noteId, AgencyId author, EncryptedDetails note)
    implements ReferralEvent {}
