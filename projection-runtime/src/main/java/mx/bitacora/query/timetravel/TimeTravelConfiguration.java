package mx.bitacora.query.timetravel;

import java.time.Clock;
import java.util.Set;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.problem.ProblemCode;
import mx.bitacora.platform.request.AcceptedQueryParameters;
import mx.bitacora.query.tracking.Projections;
import mx.bitacora.query.tracking.SettledPositions;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Lets every query endpoint answer "as of" a past moment ({@code asOfPosition} or {@code asOf}),
 * and answers refusals as RFC 9457 problems: {@code 400 INVALID_PARAMETER} for a malformed moment,
 * {@code 400 AS_OF_NOT_AVAILABLE} for an endpoint no processor feeds, {@code 503 PAST_NOT_SETTLED}
 * with {@code Retry-After} while the moment may still change, {@code 503 TIME_TRAVEL_BUSY} with
 * {@code Retry-After} while every replay slot is taken. Replay reads the JDBC event table and its
 * seal chain, so it exists in the default deployment only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeTravelProperties.class)
class TimeTravelConfiguration {

  @Bean
  WebMvcRegistrations timeTravellingHandlers(ObjectProvider<TimeTravel> timeTravel) {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new TimeTravellingHandlerAdapter(timeTravel, Clock.systemUTC());
      }
    };
  }

  /** Every query endpoint takes these, besides its own parameters. */
  @Bean
  AcceptedQueryParameters asOfParameters() {
    return new AcceptedQueryParameters(Set.of(AsOf.POSITION, AsOf.INSTANT));
  }

  @Bean
  ReplaySlots replaySlots(TimeTravelProperties properties) {
    return new ReplaySlots(properties.maxConcurrentReplays());
  }

  @Bean
  @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
  TimeTravel timeTravel(
      PlatformTransactionManager transactions,
      JdbcTemplate jdbc,
      EventStorageEngine events,
      Projections projections,
      TimeTravelProperties properties,
      ReplaySlots slots,
      SettledPositions settled) {
    return new TimeTravel(
        new SettledLog(jdbc, settled),
        new PastViews(transactions, jdbc, events, projections),
        properties,
        slots);
  }

  /** Ahead of the platform's catch-all handler, which would otherwise answer 500. */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Problems {

    private final ProblemCatalog problems;
    private final TimeTravelProperties properties;

    Problems(ProblemCatalog problems, TimeTravelProperties properties) {
      this.problems = problems;
      this.properties = properties;
    }

    @ExceptionHandler(AsOf.MalformedAsOf.class)
    ResponseEntity<ProblemDetail> malformed(AsOf.MalformedAsOf malformed) {
      return badRequest(PlatformProblem.INVALID_PARAMETER);
    }

    @ExceptionHandler(TimeTravellingHandlerAdapter.AsOfNotAvailable.class)
    ResponseEntity<ProblemDetail> notAvailable(
        TimeTravellingHandlerAdapter.AsOfNotAvailable notAvailable) {
      return badRequest(TimeTravelProblem.AS_OF_NOT_AVAILABLE);
    }

    @ExceptionHandler(TimeTravel.PastNotSettled.class)
    ResponseEntity<ProblemDetail> notSettled(TimeTravel.PastNotSettled early) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(early.retryAfterSeconds()))
          .body(
              problems.problem(
                  TimeTravelProblem.PAST_NOT_SETTLED,
                  LocaleContextHolder.getLocale(),
                  early.retryAfterSeconds()));
    }

    @ExceptionHandler(ReplaySlots.Busy.class)
    ResponseEntity<ProblemDetail> busy(ReplaySlots.Busy busy) {
      long retryAfter = properties.retryAfterSeconds();
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
          .body(
              problems.problem(
                  TimeTravelProblem.TIME_TRAVEL_BUSY, LocaleContextHolder.getLocale(), retryAfter));
    }

    private ResponseEntity<ProblemDetail> badRequest(ProblemCode code) {
      return ResponseEntity.badRequest()
          .body(problems.problem(code, LocaleContextHolder.getLocale()));
    }
  }
}
