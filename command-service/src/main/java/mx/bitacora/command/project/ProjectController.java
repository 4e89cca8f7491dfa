package mx.bitacora.command.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records support projects. Staff act for the agency named in their token. */
@RestController
@RequestMapping("/projects")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Projects", description = "Support projects and programmes and their beneficiaries")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE", "NOT_A_PROJECT_PARTY"})
@Problem(
    status = 404,
    codes = {"PROJECT_NOT_FOUND", "SHELTER_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "PROJECT_ALREADY_RECORDED",
      "PROJECT_CLOSED",
      "PROJECT_CLOSED_BEFORE_START",
      "PROJECT_ENDS_BEFORE_START",
      "SHELTER_ALREADY_BENEFICIARY",
      "SHELTER_NOT_A_BENEFICIARY",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE"})
class ProjectController {

  private static final Subject SUBJECT =
      new Subject(ProjectProblem.PROJECT_NOT_FOUND, ProjectProblem.PROJECT_ALREADY_RECORDED);

  private final CommandSender commands;

  ProjectController(CommandSender commands) {
    this.commands = commands;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(summary = "Open a project (the client chooses its UUID)")
  ResponseEntity<ProjectRequests.Accepted> open(
      @Valid @RequestBody ProjectRequests.OpenProject body, Actor actor) {
    commands.create(
        new OpenProjectCommand(
            body.projectId(),
            actor.agency(),
            body.name(),
            body.funderAgency(),
            body.implementerAgency(),
            body.coordinatorAgency(),
            body.beneficiaryShelters() == null ? List.of() : body.beneficiaryShelters(),
            body.startsOn(),
            body.endsOn()),
        SUBJECT,
        body.projectId());
    return ResponseEntity.created(URI.create("/projects/" + body.projectId()))
        .body(new ProjectRequests.Accepted(body.projectId()));
  }

  @PostMapping("/{projectId}/beneficiaries")
  @Operation(summary = "Add a beneficiary shelter")
  ProjectRequests.Accepted addBeneficiary(
      @PathVariable ProjectId projectId,
      @Valid @RequestBody ProjectRequests.AddBeneficiary body,
      Actor actor) {
    commands.update(
        new AddBeneficiaryShelterCommand(projectId, actor.agency(), body.shelterId()),
        SUBJECT,
        projectId);
    return new ProjectRequests.Accepted(projectId);
  }

  @DeleteMapping("/{projectId}/beneficiaries/{shelterId}")
  @Operation(summary = "Remove a beneficiary shelter (a new event; what it received stands)")
  ProjectRequests.Accepted removeBeneficiary(
      @PathVariable ProjectId projectId, @PathVariable ShelterId shelterId, Actor actor) {
    commands.update(
        new RemoveBeneficiaryShelterCommand(projectId, actor.agency(), shelterId),
        SUBJECT,
        projectId);
    return new ProjectRequests.Accepted(projectId);
  }

  @PostMapping("/{projectId}/close")
  @Operation(summary = "Close the project on a business date")
  ProjectRequests.Accepted close(
      @PathVariable ProjectId projectId,
      @Valid @RequestBody ProjectRequests.Close body,
      Actor actor) {
    commands.update(
        new CloseProjectCommand(projectId, actor.agency(), body.closedOn()), SUBJECT, projectId);
    return new ProjectRequests.Accepted(projectId);
  }
}
