package mx.bitacora.command.shelter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterKind;

/** The JSON bodies of the shelter endpoints, validated before any command is sent. */
final class ShelterRequests {

  private ShelterRequests() {}

  /** Body of {@code POST /shelters}. */
  record RegisterShelter(
      @NotNull ShelterId shelterId,
      @NotBlank @Size(max = 300) String name,
      @NotNull ShelterKind kind,
      @NotNull AgencyId operatingAgency,
      @NotBlank @Size(max = 120) String municipality,
      @NotBlank @Size(max = 60) String state,
      @NotNull @Positive Integer capacity,
      @NotNull Boolean servesMinors) {}

  /** Body of {@code POST /shelters/{id}/capacity}. */
  record ChangeCapacity(@NotNull @Positive Integer capacity) {}

  /** Body of {@code POST /shelters/{id}/close}. */
  record Close(@NotNull LocalDate closedOn, @NotBlank @Size(max = 1000) String reason) {}

  /** What a shelter command answers: the shelter it acted on. */
  record Accepted(ShelterId shelterId) {}
}
