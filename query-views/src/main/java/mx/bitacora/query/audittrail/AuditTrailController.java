package mx.bitacora.query.audittrail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.exports.ExportWording;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commission's audit trail: every event across agencies in the log's order, filtered and paged
 * by a position cursor, or exported as CSV. Commission auditors and compliance reviewers read it;
 * anyone else is refused ({@code 403}). Roles are checked by {@link AuditTrailReads}, so that a
 * refused export is recorded in the access log like every export.
 */
@RestController
@FedBy(ProcessingGroups.AUDIT_TRAIL)
class AuditTrailController {

  /** A type's simple name, as the trail records event and aggregate types. */
  private static final String TYPE_NAME = "[A-Za-z][A-Za-z0-9]{0,127}";

  private final AuditTrailReads reads;
  private final ProblemCatalog problems;
  private final ExportWording wording;

  AuditTrailController(AuditTrailReads reads, ProblemCatalog problems, ExportWording wording) {
    this.reads = reads;
    this.problems = problems;
    this.wording = wording;
  }

  @GetMapping("/audit-trail")
  @Operation(summary = "Page through the audit trail of recorded events, filtered")
  public AuditTrailPage auditTrail(
      @RequestParam(required = false) AgencyId agency,
      @RequestParam(required = false) @Size(min = 1, max = 255) String actor,
      @RequestParam(required = false) @Pattern(regexp = TYPE_NAME) String eventType,
      @RequestParam(required = false) @Pattern(regexp = TYPE_NAME) String aggregateType,
      @RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
      Actor caller) {
    AuditTrailFilter filter =
        new AuditTrailFilter(agency, actor, eventType, aggregateType, aggregateId, from, to);
    return reads.page(filter, after, limit, caller);
  }

  /** All matching events, oldest first, streamed as they are read; recorded before it starts. */
  @GetMapping("/audit-trail/export.csv")
  @Operation(
      summary = "Export the filtered audit trail as CSV",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The matching events, oldest first (RFC 4180, with a header row)",
              content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
  public void export(
      @RequestParam(required = false) AgencyId agency,
      @RequestParam(required = false) @Size(min = 1, max = 255) String actor,
      @RequestParam(required = false) @Pattern(regexp = TYPE_NAME) String eventType,
      @RequestParam(required = false) @Pattern(regexp = TYPE_NAME) String aggregateType,
      @RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      Actor caller,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    AuditTrailFilter filter =
        new AuditTrailFilter(agency, actor, eventType, aggregateType, aggregateId, from, to);
    AuditTrailReads.Export export = reads.export(filter, caller);
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("audit-trail.csv").build().toString());
    Writer out = response.getWriter();
    export.writeTo(out, wording.columns(AuditTrailCsv.HEADER, locale));
    out.flush();
  }

  /** A range whose {@code from} is after its {@code to} is a malformed parameter. */
  @ExceptionHandler(AuditTrailFilter.RangeReversed.class)
  ResponseEntity<ProblemDetail> rangeReversed(AuditTrailFilter.RangeReversed reversed) {
    return ResponseEntity.badRequest()
        .body(problems.problem(PlatformProblem.INVALID_PARAMETER, LocaleContextHolder.getLocale()));
  }
}
