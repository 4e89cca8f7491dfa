package mx.bitacora.command.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;

/** The JSON bodies of the project endpoints, validated before any command is sent. */
final class ProjectRequests {

  private ProjectRequests() {}

  /** Body of {@code POST /projects}. */
  record OpenProject(
      @NotNull ProjectId projectId,
      @NotBlank @Size(max = 500) String name,
      @NotNull AgencyId funderAgency,
      @NotNull AgencyId implementerAgency,
      @NotNull AgencyId coordinatorAgency,
      @Size(max = 200) List<@NotNull ShelterId> beneficiaryShelters,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn) {}

  /** Body of {@code POST /projects/{id}/beneficiaries}. */
  record AddBeneficiary(@NotNull ShelterId shelterId) {}

  /** Body of {@code POST /projects/{id}/close}. */
  record Close(@NotNull LocalDate closedOn) {}

  /** What a project command answers: the project it acted on. */
  record Accepted(ProjectId projectId) {}
}
