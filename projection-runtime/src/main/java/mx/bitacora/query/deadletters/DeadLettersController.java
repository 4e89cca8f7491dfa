package mx.bitacora.query.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets platform administrators see the events each processing group could not apply, retry them
 * after a fix, or resolve one with a recorded reason. Answers name events by position, type and
 * aggregate only, never their content; anyone else is refused ({@code 403}).
 */
@RestController
@FedBy({}) // operations, not a view: nothing to wait for
@Problem(
    status = 404,
    codes = {"DEAD_LETTER_NOT_FOUND", "PROCESSING_GROUP_NOT_FOUND"})
class DeadLettersController {

  private final DeadLetters deadLetters;

  DeadLettersController(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GetMapping("/admin/dead-letters")
  @Operation(summary = "List the events a processing group could not apply (all groups if none)")
  List<DeadLetterSummary> list(@RequestParam(required = false) String group, Actor actor) {
    ensureAdministrator(actor);
    return deadLetters.list(group);
  }

  @PostMapping("/admin/dead-letters/{processingGroup}/retry")
  @Operation(summary = "Apply a processing group's dead letters again (after a fix is deployed)")
  RetryOutcome retry(@PathVariable String processingGroup, Actor actor) {
    ensureAdministrator(actor);
    return deadLetters.retry(processingGroup);
  }

  @PostMapping("/admin/dead-letters/{processingGroup}/{eventId}/resolution")
  @Operation(summary = "Set a dead-lettered event aside for good, recording why")
  DeadLetterResolution resolve(
      @PathVariable String processingGroup,
      @PathVariable String eventId,
      @Valid @RequestBody ResolveRequest request,
      Actor actor) {
    ensureAdministrator(actor);
    return deadLetters.resolve(processingGroup, eventId, request.reason(), actor);
  }

  private static void ensureAdministrator(Actor actor) {
    if (!actor.has(Role.PLATFORM_ADMIN)) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
  }
}
