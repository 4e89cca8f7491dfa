package mx.bitacora.query.reviewreports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues a review's report to compliance reviewers and commission auditors (PDF by default, CSV or
 * JSON by {@code Accept}; Spanish unless {@code Accept-Language: en}), and verifies a report file
 * for every signed-in role. A report is as of the newest signed checkpoint, so "as of" parameters
 * do not apply.
 */
@RestController
// A report replays the views itself, through a checkpoint's position (ReportContents).
@FedBy({})
@Problem(
    status = 404,
    codes = {"REVIEW_NOT_FOUND"})
@Problem(
    status = 406,
    codes = {"REPORT_FORMAT_NOT_ACCEPTABLE"})
@Problem(
    status = 503,
    codes = {"REPORT_AWAITING_CHECKPOINT", "REPORTS_NOT_AVAILABLE", "REPORT_REGISTER_BEHIND"})
@Problem(
    status = 400,
    codes = {"REPORT_FILE_EMPTY"})
class ReviewReportController {

  /** The largest report file a verification reads; reports are far smaller. */
  static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

  /** The response header carrying the issued file's SHA-256, in hex. */
  static final String SHA256_HEADER = "X-Report-Sha256";

  /** The response header naming the log position the report was computed at. */
  static final String POSITION_HEADER = "X-Report-Position";

  private final ReviewReports reports;

  ReviewReportController(ReviewReports reports) {
    this.reports = reports;
  }

  @GetMapping("/reviews/{reviewId}/report")
  @PreAuthorize("hasAnyRole('COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
  @Operation(
      summary = "Issue the review's report as of the newest signed checkpoint, recording its hash")
  @ApiResponse(
      responseCode = "200",
      description = "The report file",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ReviewReport.class))
      })
  public ResponseEntity<byte[]> report(
      @PathVariable ReviewId reviewId, HttpServletRequest request, Locale locale, Actor actor) {
    // Read here, not as a parameter: OpenAPI documents Accept through the response's content types.
    ReportFormat format = ReportFormat.chosenBy(request.getHeader(HttpHeaders.ACCEPT));
    IssuedReport issued = reports.issue(reviewId, format, locale, actor);
    String name =
        "revision-%s-%d.%s".formatted(reviewId.value(), issued.asOfPosition(), format.extension());
    return ResponseEntity.ok()
        .contentType(format.mediaType())
        .header(SHA256_HEADER, issued.sha256())
        .header(POSITION_HEADER, Long.toString(issued.asOfPosition()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(issued.file());
  }

  @PostMapping("/reviews/reports/verification")
  @PreAuthorize(
      "hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER','PLATFORM_ADMIN')")
  @Operation(
      summary =
          "Verify a report file: its hash was recorded, its checkpoint is genuine, its figures agree")
  public ReportVerification verify(HttpServletRequest request, Locale locale) throws IOException {
    return reports.verify(file(request), locale);
  }

  private static byte[] file(HttpServletRequest request) throws IOException {
    try (InputStream body = request.getInputStream()) {
      byte[] file = body.readNBytes(MAX_FILE_BYTES + 1);
      if (file.length > MAX_FILE_BYTES) {
        throw new RejectedException(PlatformProblem.REQUEST_TOO_LARGE);
      }
      return file;
    }
  }
}
