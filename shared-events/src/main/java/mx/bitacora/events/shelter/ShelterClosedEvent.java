package mx.bitacora.events.shelter;

import java.time.LocalDate;
import mx.bitacora.events.common.ShelterId;

/** The shelter closed on business date {@code closedOn}, with the reason. */
public record ShelterClosedEvent(ShelterId shelterId, LocalDate closedOn, String reason)
    implements ShelterEvent {}
