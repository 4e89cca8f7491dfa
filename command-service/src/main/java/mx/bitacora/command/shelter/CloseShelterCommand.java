package mx.bitacora.command.shelter;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the shelter closed on a business date, with the reason. */
record CloseShelterCommand(
    ShelterId shelterId, AgencyId actingAgency, LocalDate closedOn, String reason) {

  @TargetAggregateIdentifier
  String streamId() {
    return Shelter.streamIdOf(shelterId);
  }
}
