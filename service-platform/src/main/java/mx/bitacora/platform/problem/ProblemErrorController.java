package mx.bitacora.platform.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
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
        .body(
            problems.problem(
                status, PlatformProblem.forStatus(status), locales.resolveLocale(request)));
  }
}
