package mx.bitacora.command.delivery;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about deliveries. */
public enum DeliveryProblem implements ProblemCode {
  DELIVERY_ALREADY_DISPATCHED(HttpStatus.CONFLICT),
  DELIVERY_ALREADY_RECEIVED(HttpStatus.CONFLICT),
  DELIVERY_ALREADY_RECORDED(HttpStatus.CONFLICT),
  DELIVERY_NOT_DISPATCHED(HttpStatus.CONFLICT),
  DELIVERY_NOT_FOUND(HttpStatus.NOT_FOUND),
  DELIVERY_VOIDED(HttpStatus.CONFLICT),
  DELIVERY_WITHOUT_DELIVERING_AGENCY(HttpStatus.CONFLICT),
  DELIVERY_WITHOUT_ITEMS(HttpStatus.CONFLICT),
  DISPATCH_HAS_RECEIPT(HttpStatus.CONFLICT),
  DUPLICATE_CORRECTED_LINE(HttpStatus.CONFLICT),
  DUPLICATE_DISCREPANCY_LINE(HttpStatus.CONFLICT),
  NEGATIVE_RECEIVED_QUANTITY(HttpStatus.CONFLICT),
  NON_POSITIVE_QUANTITY(HttpStatus.CONFLICT),
  NOT_A_DELIVERING_AGENCY(HttpStatus.FORBIDDEN),
  NOT_A_PLANNING_AGENCY(HttpStatus.FORBIDDEN),
  NOT_THE_RECEIVING_AGENCY(HttpStatus.FORBIDDEN),
  PLANNER_NOT_FUNDER_OR_DELIVERER(HttpStatus.FORBIDDEN),
  RECEIPT_BEFORE_DISPATCH(HttpStatus.CONFLICT),
  RECEIVING_AGENCY_NOT_SHELTER_OPERATOR(HttpStatus.CONFLICT),
  RECEIVING_SHELTER_CLOSED(HttpStatus.CONFLICT),
  RECEIVING_SHELTER_NOT_REGISTERED(HttpStatus.CONFLICT),
  UNKNOWN_DELIVERY_LINE(HttpStatus.CONFLICT);

  private final HttpStatus status;

  DeliveryProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
