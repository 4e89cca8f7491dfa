package mx.bitacora.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.bitacora.platform.request.ControlCharacterException;
import mx.bitacora.platform.request.MalformedQueryException;
import mx.bitacora.platform.request.UnknownParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves the API as an RFC 9457 problem with a stable {@code code}. Problems never echo
 * the submitted values: a body may carry victim data, and error text ends up in logs.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ProblemCatalog problems;

  public ApiExceptionHandler(ProblemCatalog problems) {
    this.problems = problems;
  }

  @ExceptionHandler(RejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RejectedException rejection) {
    HttpStatus status = rejection.problem().status();
    // The rejection's arguments (ids, quantities, dates) are submitted values: never echoed.
    ResponseEntity<ProblemDetail> response = respond(rejection.problem());
    return status == HttpStatus.SERVICE_UNAVAILABLE
        ? ResponseEntity.status(status)
            .header(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS)
            .body(response.getBody())
        : response;
  }

  /** Control characters in a body field or query parameter: named, never shown. */
  @ExceptionHandler(ControlCharacterException.class)
  ResponseEntity<ProblemDetail> controlCharacters(ControlCharacterException refused) {
    ResponseEntity<ProblemDetail> response = respond(PlatformProblem.CONTROL_CHARACTERS);
    String where =
        refused.location() == ControlCharacterException.Location.FIELD ? "field" : "parameter";
    if (!refused.name().isEmpty()) {
      response.getBody().setProperty("errors", List.of(Map.of(where, refused.name())));
    }
    return response;
  }

  @ExceptionHandler(UnknownParameterException.class)
  ResponseEntity<ProblemDetail> unknownParameter(UnknownParameterException unknown) {
    ResponseEntity<ProblemDetail> response = respond(PlatformProblem.UNKNOWN_PARAMETER);
    if (unknown.name() != null) {
      response.getBody().setProperty("errors", List.of(Map.of("parameter", unknown.name())));
    }
    return response;
  }

  /**
   * A query string the container could not decode, or a header value Spring Security's firewall
   * refuses when the operation reads it (control characters): its message holds the value, so it is
   * neither shown nor logged.
   */
  @ExceptionHandler({MalformedQueryException.class, RequestRejectedException.class})
  ResponseEntity<ProblemDetail> malformedRequest(RuntimeException refused) {
    return respond(PlatformProblem.MALFORMED_REQUEST);
  }

  /** Bean Validation on a {@code @Validated} controller's parameters. */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException invalid) {
    return respond(PlatformProblem.INVALID_PARAMETER);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied) {
    return respond(PlatformProblem.FORBIDDEN);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception failure) {
    if (StorageFailures.isUnreachable(failure)) {
      log.warn("The database could not be reached answering a request: {}", failure.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS)
          .body(
              problems.problem(
                  PlatformProblem.STORAGE_UNAVAILABLE, LocaleContextHolder.getLocale()));
    }
    log.error("Unexpected failure answering a request", failure);
    return respond(PlatformProblem.INTERNAL_ERROR);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception failure,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(failure, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      problem.setTitle(null);
      problem.setDetail(null);
      problems.describe(problem, codeFor(failure, status), LocaleContextHolder.getLocale());
      List<Map<String, String>> errors = fieldErrors(failure);
      if (!errors.isEmpty()) {
        problem.setProperty("errors", errors);
      }
    }
    return response;
  }

  private ResponseEntity<ProblemDetail> respond(ProblemCode code) {
    return ResponseEntity.status(code.status())
        .body(problems.problem(code, LocaleContextHolder.getLocale()));
  }

  private static ProblemCode codeFor(Exception failure, HttpStatusCode status) {
    if (failure instanceof HttpMessageNotReadableException) {
      return PlatformProblem.MALFORMED_BODY;
    }
    if (failure instanceof MethodArgumentNotValidException
        || failure instanceof HandlerMethodValidationException) {
      return PlatformProblem.INVALID_FIELDS;
    }
    if (failure instanceof TypeMismatchException
        || failure instanceof MissingServletRequestParameterException) {
      return PlatformProblem.INVALID_PARAMETER;
    }
    if (failure instanceof NoResourceFoundException) {
      return PlatformProblem.NOT_FOUND;
    }
    if (failure instanceof HttpRequestMethodNotSupportedException) {
      return PlatformProblem.METHOD_NOT_ALLOWED;
    }
    if (failure instanceof HttpMediaTypeNotSupportedException) {
      return PlatformProblem.UNSUPPORTED_MEDIA_TYPE;
    }
    if (failure instanceof HttpMediaTypeNotAcceptableException) {
      return PlatformProblem.NOT_ACCEPTABLE;
    }
    return PlatformProblem.forStatus(status);
  }

  /** Which fields were wrong and why, without the values that were sent. */
  private static List<Map<String, String>> fieldErrors(Exception failure) {
    if (failure instanceof MethodArgumentNotValidException invalid) {
      return invalid.getBindingResult().getFieldErrors().stream()
          .map(ApiExceptionHandler::describe)
          .collect(Collectors.toList());
    }
    if (failure instanceof HttpMessageNotReadableException unreadable
        && unreadable.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      return List.of(Map.of("field", pathOf(mapping)));
    }
    return List.of();
  }

  private static Map<String, String> describe(FieldError error) {
    return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
  }

  private static String pathOf(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
