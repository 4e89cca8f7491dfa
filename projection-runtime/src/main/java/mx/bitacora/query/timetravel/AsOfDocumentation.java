package mx.bitacora.query.timetravel;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import mx.bitacora.platform.openapi.ProblemResponses;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.query.readyourwrites.Feeds;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@code asOf} and {@code asOfPosition} on the endpoints that processors feed, and on
 * every endpoint the refusals of those parameters (which every endpoint accepts).
 */
@Component
class AsOfDocumentation implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!handler.getBeanType().getPackageName().startsWith("mx.bitacora")) {
      return operation;
    }
    ProblemResponses.add(
        operation, PlatformProblem.INVALID_PARAMETER, TimeTravelProblem.AS_OF_NOT_AVAILABLE);
    if (Feeds.of(handler).filter(groups -> !groups.isEmpty()).isPresent()) {
      operation.addParametersItem(
          new QueryParameter()
              .name(AsOf.INSTANT)
              .description(
                  "Answer as the view stood at this past instant (ISO-8601); not with "
                      + AsOf.POSITION)
              .schema(new StringSchema().format("date-time")));
      operation.addParametersItem(
          new QueryParameter()
              .name(AsOf.POSITION)
              .description(
                  "Answer as the view stood once the event log reached this global position; not"
                      + " with "
                      + AsOf.INSTANT)
              .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
      ProblemResponses.add(
          operation, TimeTravelProblem.PAST_NOT_SETTLED, TimeTravelProblem.TIME_TRAVEL_BUSY);
    }
    return operation;
  }
}
