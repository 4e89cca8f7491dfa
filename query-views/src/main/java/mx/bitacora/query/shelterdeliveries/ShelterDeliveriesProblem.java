package mx.bitacora.query.shelterdeliveries;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading a shelter's deliveries. */
public enum ShelterDeliveriesProblem implements ProblemCode {
  DELIVERY_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ShelterDeliveriesProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
