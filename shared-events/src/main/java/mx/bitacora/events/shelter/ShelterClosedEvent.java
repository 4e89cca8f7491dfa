package mx.bitacora.events.shelter;

import java.time.LocalDate;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/** The shelter closed on business date {@code closedOn}, with the reason. */
@Revision("1")
public record ShelterClosedEvent(ShelterId shelterId, LocalDate closedOn, String reason)
    implements ShelterEvent {}
