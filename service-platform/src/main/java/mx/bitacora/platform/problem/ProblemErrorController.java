package mx.bitacora.platform.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers what the servlet container sends to its error page (a request a filter refused, such as
 * an encoded character Spring Security's firewall rejects) as a problem with a code, never Spring
 * Boot's default error body, which echoes the request's path.
 */
@Hidden // the container's error page, not an operation of the API
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

  private final ProblemCatalog problems;
  private final LocaleResolver locales;

  ProblemErrorController(ProblemCatalog problems, LocaleResolver locales) {
    this.problems = problems;
    this.locales = locales;
  }

  @RequestMapping
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatusCode status =
        HttpStatusCode.valueOf(code instanceof Integer value && value >= 400 ? value : 500);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problems.problem(status, codeFor(status), locales.resolveLocale(request)));
  }

  /** The catalogue's code for an error status the container reports. */
  static String codeFor(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return "HTTP_" + status.value();
    }
    return switch (known) {
      case BAD_REQUEST -> ProblemCatalog.MALFORMED_REQUEST;
      case UNAUTHORIZED -> ProblemCatalog.UNAUTHENTICATED;
      case FORBIDDEN -> ProblemCatalog.FORBIDDEN;
      case NOT_FOUND -> ProblemCatalog.NOT_FOUND;
      case METHOD_NOT_ALLOWED -> ProblemCatalog.METHOD_NOT_ALLOWED;
      case NOT_ACCEPTABLE -> ProblemCatalog.NOT_ACCEPTABLE;
      case PAYLOAD_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
          ProblemCatalog.REQUEST_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> ProblemCatalog.UNSUPPORTED_MEDIA_TYPE;
      case INTERNAL_SERVER_ERROR -> ProblemCatalog.INTERNAL_ERROR;
      default -> "HTTP_" + status.value();
    };
  }
}
