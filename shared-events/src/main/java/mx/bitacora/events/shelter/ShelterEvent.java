package mx.bitacora.events.shelter;

import mx.bitacora.events.common.ShelterId;

/** Every fact recorded about one shelter. */
public sealed interface ShelterEvent
    permits ShelterRegisteredEvent, ShelterCapacityChangedEvent, ShelterClosedEvent {

  ShelterId shelterId();
}
