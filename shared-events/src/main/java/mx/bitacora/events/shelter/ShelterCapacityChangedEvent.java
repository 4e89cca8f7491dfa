package mx.bitacora.events.shelter;

import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/** The shelter's capacity changed from {@code previousCapacity} to {@code capacity}. */
@Revision("1")
public record ShelterCapacityChangedEvent(ShelterId shelterId, int previousCapacity, int capacity)
    implements ShelterEvent {}
