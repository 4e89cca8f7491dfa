package mx.bitacora.query.rebuild;

import java.net.URI;
import java.util.List;
import mx.bitacora.platform.problem.ProblemCatalog;
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
class RebuildController {

  private final Rebuilds rebuilds;

  RebuildController(Rebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @PostMapping("/admin/rebuilds/{processingGroup}")
  public ResponseEntity<RebuildProgress> start(@PathVariable String processingGroup, Actor actor) {
    ensureAdministrator(actor);
    RebuildProgress started = rebuilds.start(processingGroup);
    return ResponseEntity.accepted()
        .location(URI.create("/admin/rebuilds/" + started.processingGroup()))
        .body(started);
  }

  @GetMapping("/admin/rebuilds/{processingGroup}")
  public RebuildProgress progress(@PathVariable String processingGroup, Actor actor) {
    ensureAdministrator(actor);
    return rebuilds
        .progress(processingGroup)
        .orElseThrow(() -> RejectedException.notFound(ProblemCatalog.NOT_FOUND));
  }

  @GetMapping("/admin/rebuilds")
  public List<RebuildProgress> all(Actor actor) {
    ensureAdministrator(actor);
    return rebuilds.all();
  }

  private static void ensureAdministrator(Actor actor) {
    if (!actor.has(Role.PLATFORM_ADMIN)) {
      throw RejectedException.forbidden(ProblemCatalog.FORBIDDEN);
    }
  }
}
