package mx.bitacora.command.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the register of the network's agencies. Platform administrators only. */
@RestController
@RequestMapping("/agencies")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Agencies", description = "The agencies of the network")
@Problem(
    status = 403,
    codes = {"NOT_A_PLATFORM_ADMINISTRATOR"})
@Problem(
    status = 404,
    codes = {"AGENCY_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "AGENCY_ALREADY_RECORDED",
      "AGENCY_DEACTIVATED",
      "AGENCY_STATE_REQUIRED",
      "CONCURRENT_UPDATE"
    })
class AgencyController {

  private static final Subject SUBJECT =
      new Subject(AgencyProblem.AGENCY_NOT_FOUND, AgencyProblem.AGENCY_ALREADY_RECORDED);

  private final CommandSender commands;

  AgencyController(CommandSender commands) {
    this.commands = commands;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(summary = "Register an agency under a slug id of the client's choosing")
  ResponseEntity<AgencyRequests.Accepted> register(
      @Valid @RequestBody AgencyRequests.RegisterAgency body, Actor actor) {
    commands.create(
        new RegisterAgencyCommand(
            body.agencyId(),
            actor.roles(),
            body.name(),
            body.acronym(),
            body.kind(),
            body.level(),
            blankToNull(body.state())),
        SUBJECT,
        body.agencyId());
    return ResponseEntity.created(URI.create("/agencies/" + body.agencyId()))
        .body(new AgencyRequests.Accepted(body.agencyId()));
  }

  @PostMapping("/{agencyId}/rename")
  @Operation(summary = "Give the agency a new name and acronym")
  AgencyRequests.Accepted rename(
      @PathVariable AgencyId agencyId,
      @Valid @RequestBody AgencyRequests.RenameAgency body,
      Actor actor) {
    commands.update(
        new RenameAgencyCommand(agencyId, actor.roles(), body.name(), body.acronym()),
        SUBJECT,
        agencyId);
    return new AgencyRequests.Accepted(agencyId);
  }

  @PostMapping("/{agencyId}/deactivate")
  @Operation(summary = "Deactivate the agency, giving a reason; its records stand")
  AgencyRequests.Accepted deactivate(
      @PathVariable AgencyId agencyId,
      @Valid @RequestBody AgencyRequests.DeactivateAgency body,
      Actor actor) {
    commands.update(
        new DeactivateAgencyCommand(agencyId, actor.roles(), body.reason()), SUBJECT, agencyId);
    return new AgencyRequests.Accepted(agencyId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
