package mx.bitacora.command.inbox;

import java.util.UUID;
import mx.bitacora.command.messaging.FingerprintedCreation;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff of {@code agencyId} (the token's agency) mark the notice {@code itemId} of their inbox
 * read. It creates the notice's read record; marking it again, by anyone of the agency, answers as
 * the first time and records nothing more.
 */
record MarkInboxItemReadCommand(AgencyId agencyId, UUID itemId) implements FingerprintedCreation {

  /** The stream this command creates; lets a repeat be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return InboxItem.streamIdOf(agencyId, itemId);
  }

  /** The same notice of the same agency is the same read, whoever repeats it. */
  @Override
  public Object fingerprintView() {
    return java.util.Map.of("agencyId", agencyId.value(), "itemId", itemId.toString());
  }
}
