package mx.bitacora.query.shelters;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading shelters. */
public enum ShelterViewProblem implements ProblemCode {
  SHELTER_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ShelterViewProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
