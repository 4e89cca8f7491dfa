package mx.bitacora.command.messaging;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@value EventPositionHeader#HEADER} header on every command's successful answer.
 */
@Component
class EventPositionDocumentation implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!handler.getBeanType().getPackageName().startsWith("mx.bitacora")
        || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class)
        || operation.getResponses() == null) {
      return operation;
    }
    operation.getResponses().forEach((status, answer) -> documentOn(status, answer));
    return operation;
  }

  private static void documentOn(String status, ApiResponse answer) {
    if (status.startsWith("2")) {
      answer.addHeaderObject(
          EventPositionHeader.HEADER,
          new Header()
              .description(
                  "Where the command's last event was stored: pass it as notOlderThan to read a"
                      + " view that includes it")
              .schema(new IntegerSchema().format("int64")));
    }
  }
}
