package mx.bitacora.command.breakglass;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews of break-glass reads. Only commission auditors review, and never their own read; the
 * finding is a yes or no, with no free text (a note about a read is a note about a victim's case).
 */
@RestController
@PreAuthorize("hasRole('COMMISSION_AUDITOR')")
@Tag(name = "Break-glass reviews", description = "Whether a break-glass read was justified")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE", "OWN_BREAK_GLASS_READ"})
@Problem(
    status = 404,
    codes = {"ACCESS_ENTRY_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {"BREAK_GLASS_READ_ALREADY_REVIEWED", "CONCURRENT_UPDATE"})
@Problem(
    status = 422,
    codes = {"NOT_A_BREAK_GLASS_READ"})
class BreakGlassReviewController {

  private static final Subject SUBJECT =
      new Subject(
          BreakGlassReviewProblem.ACCESS_ENTRY_NOT_FOUND,
          BreakGlassReviewProblem.BREAK_GLASS_READ_ALREADY_REVIEWED);

  private final CommandSender commands;

  BreakGlassReviewController(CommandSender commands) {
    this.commands = commands;
  }

  @PostMapping("/break-glass-reviews")
  @SuccessStatus(201)
  @Operation(
      summary =
          "Record whether a break-glass read (its access-log position) was justified (a commission"
              + " auditor other than the reader; once per read)")
  ResponseEntity<Reviewed> review(@Valid @RequestBody Review body, Actor actor) {
    ReviewedRead read = new ReviewedRead(body.accessPosition());
    commands.create(
        new ReviewBreakGlassReadCommand(read, actor.userId(), body.justified()),
        SUBJECT,
        body.accessPosition());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Reviewed(body.accessPosition(), body.justified()));
  }

  /** A review: the entry's position in the access log, and whether the read was justified. */
  record Review(@NotNull @Min(1) Long accessPosition, @NotNull Boolean justified) {}

  /** What a recorded review answers. */
  record Reviewed(long accessPosition, boolean justified) {}
}
