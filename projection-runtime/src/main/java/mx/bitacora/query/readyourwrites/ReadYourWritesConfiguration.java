package mx.bitacora.query.readyourwrites;

import java.util.Set;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.request.AcceptedQueryParameters;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Installs the {@code notOlderThan} wait in front of every query endpoint, and answers its refusals
 * as RFC 9457 problems: {@code 400 INVALID_PARAMETER} for a malformed position, {@code 503
 * VIEW_NOT_CAUGHT_UP} with {@code Retry-After} when the view did not catch up in time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadYourWritesProperties.class)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

  private final NotOlderThan notOlderThan;

  ReadYourWritesConfiguration(NotOlderThan notOlderThan) {
    this.notOlderThan = notOlderThan;
  }

  /** Every query endpoint takes it, besides its own parameters. */
  @Bean
  AcceptedQueryParameters notOlderThanParameter() {
    return new AcceptedQueryParameters(Set.of(NotOlderThan.PARAMETER));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(notOlderThan);
  }

  /** Ahead of the platform's catch-all handler, which would otherwise answer 500. */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Problems {

    private final ProblemCatalog problems;

    Problems(ProblemCatalog problems) {
      this.problems = problems;
    }

    @ExceptionHandler(NotOlderThan.MalformedPosition.class)
    ResponseEntity<ProblemDetail> malformed(NotOlderThan.MalformedPosition malformed) {
      return ResponseEntity.badRequest()
          .body(
              problems.problem(PlatformProblem.INVALID_PARAMETER, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(NotOlderThan.ViewNotCaughtUp.class)
    ResponseEntity<ProblemDetail> notCaughtUp(NotOlderThan.ViewNotCaughtUp late) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(late.retryAfterSeconds()))
          .body(
              problems.problem(
                  ReadYourWritesProblem.VIEW_NOT_CAUGHT_UP,
                  LocaleContextHolder.getLocale(),
                  late.retryAfterSeconds()));
    }
  }
}
