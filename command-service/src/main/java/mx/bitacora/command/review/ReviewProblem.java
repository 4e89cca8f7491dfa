package mx.bitacora.command.review;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about compliance reviews and their findings. */
public enum ReviewProblem implements ProblemCode {
  REVIEW_NOT_FOUND(HttpStatus.NOT_FOUND),
  REVIEW_ALREADY_RECORDED(HttpStatus.CONFLICT),
  FINDING_NOT_FOUND(HttpStatus.NOT_FOUND),
  FINDING_ALREADY_RECORDED(HttpStatus.CONFLICT),
  REVIEW_CONCLUDED(HttpStatus.CONFLICT),
  REVIEW_PERIOD_ENDS_BEFORE_START(HttpStatus.CONFLICT),
  REVIEW_PROJECT_NOT_REGISTERED(HttpStatus.CONFLICT),
  REVIEW_SHELTER_NOT_REGISTERED(HttpStatus.CONFLICT),
  REVIEW_SCOPE_WITHOUT_AGENCY(HttpStatus.CONFLICT),
  REVIEW_CRITERIA_REPEATED(HttpStatus.CONFLICT),
  CRITERION_NOT_IN_REVIEW(HttpStatus.CONFLICT),
  FINDING_AGENCY_NOT_IN_SCOPE(HttpStatus.CONFLICT),
  FINDING_WITHOUT_EVIDENCE(HttpStatus.CONFLICT),
  EVIDENCE_NOT_FOUND(HttpStatus.CONFLICT),
  EVIDENCE_OUT_OF_SCOPE(HttpStatus.CONFLICT),
  FINDING_DUE_IN_THE_PAST(HttpStatus.CONFLICT),
  FINDING_NOT_AWAITING_RESPONSE(HttpStatus.CONFLICT),
  FINDING_NOT_ANSWERED(HttpStatus.CONFLICT);

  private final HttpStatus status;

  ReviewProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
