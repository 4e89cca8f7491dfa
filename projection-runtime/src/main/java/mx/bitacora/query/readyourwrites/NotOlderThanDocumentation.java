package mx.bitacora.query.readyourwrites;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.math.BigDecimal;
import mx.bitacora.platform.openapi.ProblemResponses;
import mx.bitacora.platform.problem.PlatformProblem;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents {@code notOlderThan} (and its header) on the endpoints it holds, with its refusals. */
@Component
class NotOlderThanDocumentation implements OperationCustomizer {

  private static final String DESCRIPTION =
      "Wait until the view has processed this global log position (a command's X-Event-Position)";

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (Feeds.of(handler).isEmpty()) {
      return operation;
    }
    operation.addParametersItem(
        new QueryParameter()
            .name(NotOlderThan.PARAMETER)
            .description(DESCRIPTION)
            .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
    operation.addParametersItem(
        new HeaderParameter()
            .name(NotOlderThan.HEADER)
            .description(DESCRIPTION)
            .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
    ProblemResponses.add(operation, PlatformProblem.INVALID_PARAMETER);
    ProblemResponses.add(operation, ReadYourWritesProblem.VIEW_NOT_CAUGHT_UP);
    return operation;
  }
}
