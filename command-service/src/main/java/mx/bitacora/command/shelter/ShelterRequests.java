package mx.bitacora.command.shelter;

import jakarta.validation.constraints.AssertTrue;
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

  /** The longest location (street address or directions) a shelter may record. */
  static final int MAX_LOCATION_LENGTH = 500;

  /**
   * Body of {@code POST /shelters}. {@code location} is optional for every kind and is sealed
   * before any command exists; its length is checked by {@link #isLocationWithinLimit()}, so a
   * refusal names only a boolean, never the submitted text.
   */
  record RegisterShelter(
      @NotNull ShelterId shelterId,
      @NotBlank @Size(max = 300) String name,
      @NotNull ShelterKind kind,
      @NotNull AgencyId operatingAgency,
      @NotBlank @Size(max = 120) String municipality,
      @NotBlank @Size(max = 60) String state,
      @NotNull @Positive Integer capacity,
      @NotNull Boolean servesMinors,
      String location) {

    @AssertTrue(message = "must be at most " + MAX_LOCATION_LENGTH + " characters")
    boolean isLocationWithinLimit() {
      return location == null || location.length() <= MAX_LOCATION_LENGTH;
    }

    /** The location to seal: null when absent or blank. */
    String givenLocation() {
      return location == null || location.isBlank() ? null : location.strip();
    }

    /** Never prints the location, so it cannot reach a log by accident. */
    @Override
    public String toString() {
      return "RegisterShelter[shelterId=%s, kind=%s, operatingAgency=%s, location=%s]"
          .formatted(shelterId, kind, operatingAgency, location == null ? "none" : "redacted");
    }
  }

  /** What {@code GET /shelters/{id}/location} answers: the shelter and its location. */
  record Location(ShelterId shelterId, String location) {

    /** Never prints the location. */
    @Override
    public String toString() {
      return "Location[shelterId=" + shelterId + ", location=redacted]";
    }
  }

  /** Body of {@code POST /shelters/{id}/capacity}. */
  record ChangeCapacity(@NotNull @Positive Integer capacity) {}

  /** Body of {@code POST /shelters/{id}/close}. */
  record Close(@NotNull LocalDate closedOn, @NotBlank @Size(max = 1000) String reason) {}

  /** What a shelter command answers: the shelter it acted on. */
  record Accepted(ShelterId shelterId) {}
}
