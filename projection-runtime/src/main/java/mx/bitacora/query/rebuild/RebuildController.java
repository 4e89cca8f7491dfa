package mx.bitacora.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets platform administrators rebuild a projection from the start of the log while the current
 * version keeps serving, and follow its progress until the rebuilt version takes over. Progress
 * names processing groups and log positions only, no case data; anyone else is refused ({@code
 * 403}).
 */
@RestController
@FedBy({}) // operations, not a view: nothing to wait for
@Problem(
    status = 404,
    codes = {"NOT_FOUND"})
@Problem(
    status = 409,
    codes = {"REBUILD_IN_PROGRESS"})
class RebuildController {

  private final Rebuilds rebuilds;

  RebuildController(Rebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @PostMapping("/admin/rebuilds/{processingGroup}")
  @SuccessStatus(202)
  @Operation(summary = "Start rebuilding a processing group's views from the event log")
  public ResponseEntity<RebuildProgress> start(@PathVariable String processingGroup, Actor actor) {
    ensureAdministrator(actor);
    RebuildProgress started = rebuilds.start(processingGroup);
    return ResponseEntity.accepted()
        .location(URI.create("/admin/rebuilds/" + started.processingGroup()))
        .body(started);
  }

  @GetMapping("/admin/rebuilds/{processingGroup}")
  @Operation(summary = "Read a processing group's rebuild progress")
  public RebuildProgress progress(@PathVariable String processingGroup, Actor actor) {
    ensureAdministrator(actor);
    return rebuilds
        .progress(processingGroup)
        .orElseThrow(() -> new RejectedException(PlatformProblem.NOT_FOUND));
  }

  @GetMapping("/admin/rebuilds")
  @Operation(summary = "Read every processing group's rebuild progress")
  public List<RebuildProgress> all(Actor actor) {
    ensureAdministrator(actor);
    return rebuilds.all();
  }

  private static void ensureAdministrator(Actor actor) {
    if (!actor.has(Role.PLATFORM_ADMIN)) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
  }
}
