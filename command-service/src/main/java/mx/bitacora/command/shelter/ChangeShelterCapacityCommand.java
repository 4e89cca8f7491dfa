package mx.bitacora.command.shelter;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change how many people the shelter can host. */
record ChangeShelterCapacityCommand(ShelterId shelterId, AgencyId actingAgency, int capacity) {

  @TargetAggregateIdentifier
  String streamId() {
    return Shelter.streamIdOf(shelterId);
  }
}
