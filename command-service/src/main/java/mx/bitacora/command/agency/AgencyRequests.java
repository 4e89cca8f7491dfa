package mx.bitacora.command.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;

/** The JSON bodies of the agency endpoints, validated before any command is sent. */
final class AgencyRequests {

  private AgencyRequests() {}

  /** Body of {@code POST /agencies}. */
  record RegisterAgency(
      @NotNull AgencyId agencyId,
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 40) String acronym,
      @NotNull AgencyKind kind,
      @NotNull AgencyLevel level,
      @Size(max = 60) String state) {}

  /** Body of {@code POST /agencies/{id}/rename}. */
  record RenameAgency(
      @NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 40) String acronym) {}

  /** Body of {@code POST /agencies/{id}/deactivate}. */
  record DeactivateAgency(@NotBlank @Size(max = 1000) String reason) {}

  /** What an agency command answers: the agency it acted on. */
  record Accepted(AgencyId agencyId) {}
}
