package mx.bitacora.events.inbox;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * Staff of {@code agencyId} marked the notice {@code itemId} of their agency's inbox read (who and
 * when are the event's metadata and record time). Recorded once per notice: the first reader
 * stands.
 */
@Revision("1")
public record InboxItemReadEvent(AgencyId agencyId, UUID itemId) implements InboxEvent {}
