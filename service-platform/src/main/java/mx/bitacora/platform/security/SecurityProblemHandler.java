package mx.bitacora.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Answers 401 and 403 raised by the security filters with RFC 9457 problem bodies. */
@Component
class SecurityProblemHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemCatalog problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  SecurityProblemHandler(ProblemCatalog problems, LocaleResolver locales, ObjectMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException authException)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    write(response, request, PlatformProblem.UNAUTHENTICATED);
  }

  @Override
  public void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException accessDeniedException)
      throws IOException {
    write(response, request, PlatformProblem.FORBIDDEN);
  }

  private void write(HttpServletResponse response, HttpServletRequest request, ProblemCode code)
      throws IOException {
    ProblemDetail problem = problems.problem(code, locales.resolveLocale(request));
    response.setStatus(code.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
