package mx.bitacora.query.projects;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the funder, implementer and coordinator agencies' staff, staff of the agencies operating its
 * beneficiary shelters, commission auditors and compliance reviewers read support projects: a page
 * of those in their scope, and one project's deliveries, sessions, totals per shelter and what is
 * pending. Other staff get 404 as for an unknown project.
 */
@RestController
@Validated
@FedBy({
  ProcessingGroups.PROJECTS,
  ProcessingGroups.SHELTER_DELIVERIES,
  ProcessingGroups.TRAINING,
  ProcessingGroups.SHELTERS
})
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"PROJECT_NOT_FOUND"})
class ProjectsController {

  private final ProjectsQueries queries;

  ProjectsController(ProjectsQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/projects")
  @Operation(summary = "Page through the projects in the caller's scope")
  public ProjectsPage projects(
      @RequestParam(required = false) ProjectStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.answer(new FindProjectsQuery(status, page, size, ProjectVisibility.of(actor)));
  }

  @GetMapping("/projects/{projectId}")
  @Operation(summary = "Read one project with its beneficiaries")
  public ProjectDetail project(@PathVariable ProjectId projectId, Actor actor) {
    return queries.answer(projectId, ProjectVisibility.of(actor));
  }
}
