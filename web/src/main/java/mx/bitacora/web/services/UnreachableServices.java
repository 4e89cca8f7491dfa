package mx.bitacora.web.services;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.ResourceAccessException;

/** A service that cannot be reached (down, timed out) is a 503 page saying so, not a 500. */
@ControllerAdvice
class UnreachableServices {

  private static final Logger log = LoggerFactory.getLogger(UnreachableServices.class);

  @ExceptionHandler(ResourceAccessException.class)
  @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
  String unreachable(ResourceAccessException failure) {
    log.warn("A service could not be reached: {}", failure.getMessage());
    return "unavailable";
  }
}
