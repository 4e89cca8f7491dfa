package mx.bitacora.query.reviewreports;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about issuing and verifying review reports. */
public enum ReportsProblem implements ProblemCode {
  /** No format asked for in {@code Accept} is one a report is issued in. */
  REPORT_FORMAT_NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
  /** The review (or the log) is newer than the newest signed checkpoint: retry after the next. */
  REPORT_AWAITING_CHECKPOINT(HttpStatus.SERVICE_UNAVAILABLE),
  /** Reports are recomputed by replaying the JDBC event log, absent in this deployment. */
  REPORTS_NOT_AVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
  /** The file to verify was empty. */
  REPORT_FILE_EMPTY(HttpStatus.BAD_REQUEST),
  /**
   * The file's hash is not among the issuances projected so far, and the projection has not read
   * the whole log: whether it was issued cannot be said yet.
   */
  REPORT_REGISTER_BEHIND(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  ReportsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
