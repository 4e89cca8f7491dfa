package mx.bitacora.query.myagency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.exports.CsvTable;
import mx.bitacora.query.exports.ExportWording;
import mx.bitacora.query.exports.FigureRows;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets agency staff read what their own agency (the token's) did or received: counts per kind,
 * state and month, and a page of the activity itself. {@code from}/{@code to} bound business time
 * (when things happened), {@code recordedFrom}/{@code recordedTo} record time. Staff only, like the
 * my-agency live stream; the commission reads every agency's figures in its overview.
 */
@RestController
@Validated
@FedBy({
  ProcessingGroups.REFERRALS,
  ProcessingGroups.SHELTER_DELIVERIES,
  ProcessingGroups.TRAINING,
  ProcessingGroups.ENROLMENTS,
  ProcessingGroups.AUDIT_TRAIL,
  ProcessingGroups.AGENCIES
})
@PreAuthorize("hasRole('AGENCY_STAFF')")
class MyAgencyController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final MyAgencyQueries queries;
  private final ProblemCatalog problems;
  private final ObjectMapper json;
  private final ExportWording wording;

  MyAgencyController(
      MyAgencyQueries queries, ProblemCatalog problems, ObjectMapper json, ExportWording wording) {
    this.queries = queries;
    this.problems = problems;
    this.json = json;
    this.wording = wording;
  }

  @GetMapping("/my-agency")
  @Operation(summary = "Read the caller's agency summary for a period")
  public MyAgencySummary myAgency(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Instant recordedFrom,
      @RequestParam(required = false) Instant recordedTo,
      Actor actor) {
    return queries.summary(actor.agency(), new ActivityPeriod(from, to, recordedFrom, recordedTo));
  }

  /** The same summary as CSV: one row per figure, as {@code GET /my-agency} names it. */
  @GetMapping("/my-agency/export.csv")
  @Operation(
      summary = "Export the caller's agency summary for a period as CSV",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "One row per figure of the summary (RFC 4180, with a header row)",
              content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
  public ResponseEntity<byte[]> export(
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Instant recordedFrom,
      @RequestParam(required = false) Instant recordedTo,
      Actor actor,
      Locale locale) {
    MyAgencySummary summary = myAgency(from, to, recordedFrom, recordedTo, actor);
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("my-agency-" + actor.agency().value() + ".csv")
                .build()
                .toString())
        .body(
            CsvTable.of(
                wording.columns(List.of("figure", "description", "value"), locale),
                wording.described(FigureRows.of(json.valueToTree(summary)), locale)));
  }

  @GetMapping("/my-agency/activity")
  @Operation(summary = "Page through the caller's agency activity")
  public MyAgencyActivityPage activity(
      @RequestParam(required = false) ActivityKind kind,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Instant recordedFrom,
      @RequestParam(required = false) Instant recordedTo,
      @RequestParam(defaultValue = "NEWEST_FIRST") ActivityOrder order,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.activity(
        new FindMyAgencyActivityQuery(
            actor.agency(),
            kind,
            new ActivityPeriod(from, to, recordedFrom, recordedTo),
            order,
            page,
            size));
  }

  /** A period whose {@code from} is after its {@code to} is a malformed parameter. */
  @ExceptionHandler(ActivityPeriod.Reversed.class)
  ResponseEntity<ProblemDetail> periodReversed(ActivityPeriod.Reversed reversed) {
    return ResponseEntity.badRequest()
        .body(problems.problem(PlatformProblem.INVALID_PARAMETER, LocaleContextHolder.getLocale()));
  }
}
