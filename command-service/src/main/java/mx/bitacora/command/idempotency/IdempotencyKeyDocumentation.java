package mx.bitacora.command.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.bitacora.platform.openapi.ProblemResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@value IdempotentRequests#HEADER} header on every command (every operation but a
 * read), with the problems it can answer, and the command side's own: an outcome it cannot confirm.
 */
@Component
class IdempotencyKeyDocumentation implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!handler.getBeanType().getPackageName().startsWith("mx.bitacora")
        || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)) {
      return operation;
    }
    operation.addParametersItem(
        new HeaderParameter()
            .name(IdempotentRequests.HEADER)
            .description(
                "Makes the command safe to retry: the same key with the same request gets the first"
                    + " answer again (marked "
                    + IdempotentRequests.REPLAYED
                    + ")")
            .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$").maxLength(128)));
    Optional.ofNullable(operation.getResponses()).map(Map::entrySet).orElse(Set.of()).stream()
        .filter(answer -> answer.getKey().startsWith("2"))
        .forEach(
            answer ->
                answer
                    .getValue()
                    .addHeaderObject(
                        IdempotentRequests.REPLAYED,
                        new Header()
                            .description("true when this is the first answer to the same key again")
                            .schema(new StringSchema()._enum(List.of("true")))));
    ProblemResponses.add(
        operation,
        IdempotencyProblem.IDEMPOTENCY_KEY_INVALID,
        IdempotencyProblem.IDEMPOTENCY_KEY_REUSED,
        IdempotencyProblem.IDEMPOTENCY_KEY_IN_USE,
        IdempotencyProblem.OUTCOME_UNKNOWN);
    return operation;
  }
}
