package mx.bitacora.query.shelters;

import java.time.Instant;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterKind;

/**
 * What was recorded about a shelter itself: never its location. {@code open} is false once it
 * closed on {@code closedOn} (business date) for {@code closureReason}; {@code registeredAt} and
 * {@code updatedAt} are record times.
 */
public record ShelterFacts(
    ShelterId shelterId,
    String name,
    ShelterKind kind,
    AgencyId operatingAgency,
    String municipality,
    String state,
    boolean servesMinors,
    int capacity,
    boolean open,
    LocalDate closedOn,
    String closureReason,
    Instant registeredAt,
    Instant updatedAt) {}
