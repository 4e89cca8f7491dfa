package mx.bitacora.command.shelter;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about shelters. */
public enum ShelterProblem implements ProblemCode {
  CAPACITY_UNCHANGED(HttpStatus.CONFLICT),
  NON_POSITIVE_CAPACITY(HttpStatus.CONFLICT),
  NOT_THE_OPERATING_AGENCY(HttpStatus.FORBIDDEN),
  SHELTER_ALREADY_RECORDED(HttpStatus.CONFLICT),
  SHELTER_CLOSED(HttpStatus.CONFLICT),
  SHELTER_LOCATION_NOT_RECORDED(HttpStatus.NOT_FOUND),
  SHELTER_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ShelterProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
