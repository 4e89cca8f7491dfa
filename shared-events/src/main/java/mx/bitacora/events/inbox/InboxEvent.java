package mx.bitacora.events.inbox;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;

/** Every fact recorded about one notice of one agency's inbox. */
public sealed interface InboxEvent permits InboxItemReadEvent {

  /** The agency whose inbox holds the notice. */
  AgencyId agencyId();

  /** The notice: the id of the event it comes from. */
  UUID itemId();
}
