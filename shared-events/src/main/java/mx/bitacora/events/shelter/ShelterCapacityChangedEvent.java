package mx.bitacora.events.shelter;

import mx.bitacora.events.common.ShelterId;

/** The shelter's capacity changed from {@code previousCapacity} to {@code capacity}. */
public record ShelterCapacityChangedEvent(ShelterId shelterId, int previousCapacity, int capacity)
    implements ShelterEvent {}
