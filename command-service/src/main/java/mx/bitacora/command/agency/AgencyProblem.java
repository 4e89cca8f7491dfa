package mx.bitacora.command.agency;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about agencies and who may act for them. */
public enum AgencyProblem implements ProblemCode {
  ACTING_AGENCY_NOT_ACTIVE(HttpStatus.FORBIDDEN),
  AGENCY_ALREADY_RECORDED(HttpStatus.CONFLICT),
  AGENCY_DEACTIVATED(HttpStatus.CONFLICT),
  AGENCY_NOT_ACTIVE(HttpStatus.UNPROCESSABLE_ENTITY),
  AGENCY_NOT_FOUND(HttpStatus.NOT_FOUND),
  AGENCY_STATE_REQUIRED(HttpStatus.CONFLICT),
  NOT_A_PLATFORM_ADMINISTRATOR(HttpStatus.FORBIDDEN);

  private final HttpStatus status;

  AgencyProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
