package mx.bitacora.platform.openapi;

import static mx.bitacora.platform.problem.PlatformProblem.CONTROL_CHARACTERS;
import static mx.bitacora.platform.problem.PlatformProblem.FORBIDDEN;
import static mx.bitacora.platform.problem.PlatformProblem.INVALID_FIELDS;
import static mx.bitacora.platform.problem.PlatformProblem.INVALID_PARAMETER;
import static mx.bitacora.platform.problem.PlatformProblem.MALFORMED_BODY;
import static mx.bitacora.platform.problem.PlatformProblem.MALFORMED_REQUEST;
import static mx.bitacora.platform.problem.PlatformProblem.NOT_ACCEPTABLE;
import static mx.bitacora.platform.problem.PlatformProblem.REQUEST_TOO_LARGE;
import static mx.bitacora.platform.problem.PlatformProblem.STORAGE_UNAVAILABLE;
import static mx.bitacora.platform.problem.PlatformProblem.UNAUTHENTICATED;
import static mx.bitacora.platform.problem.PlatformProblem.UNKNOWN_PARAMETER;
import static mx.bitacora.platform.problem.PlatformProblem.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation its real answers: the success status ({@link SuccessStatus} where declared)
 * as {@code application/json} rather than springdoc's {@code *}{@code /*}, the problems every
 * operation of this shape can answer (from the platform's filters, security and exception handler),
 * and the operation's own {@link Problem}s.
 */
class OperationResponses implements OperationCustomizer {

  private static final String JSON = "application/json";
  private static final String EVENT_STREAM = "text/event-stream";

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    successes(operation, handler);
    if (!handler.getBeanType().getPackageName().startsWith("mx.bitacora")) {
      return operation;
    }
    commonProblems(operation, handler);
    for (Problem problem :
        AnnotatedElementUtils.findMergedRepeatableAnnotations(
            handler.getBeanType(), Problem.class, Problems.class)) {
      ProblemResponses.add(operation, problem.status(), problem.codes());
    }
    for (Problem problem :
        AnnotatedElementUtils.findMergedRepeatableAnnotations(
            handler.getMethod(), Problem.class, Problems.class)) {
      ProblemResponses.add(operation, problem.status(), problem.codes());
    }
    return operation;
  }

  private static void successes(Operation operation, HandlerMethod handler) {
    ApiResponses responses = operation.getResponses();
    for (ApiResponse response : responses.values()) {
      Content content = response.getContent();
      if (content != null && content.containsKey("*/*")) {
        content.addMediaType(JSON, content.remove("*/*"));
      }
      if (content != null && content.containsKey(EVENT_STREAM)) {
        // Events, not one document: springdoc would describe the emitter object itself.
        content.addMediaType(EVENT_STREAM, new io.swagger.v3.oas.models.media.MediaType());
      }
    }
    SuccessStatus success = handler.getMethodAnnotation(SuccessStatus.class);
    if (success != null && responses.containsKey("200")) {
      ApiResponse answer = responses.remove("200");
      answer.description(HttpStatus.valueOf(success.value()).getReasonPhrase());
      answer.addHeaderObject(
          "Location",
          new Header().description("Where the resource can be read").schema(new StringSchema()));
      responses.addApiResponse(Integer.toString(success.value()), answer);
    }
  }

  private static void commonProblems(Operation operation, HandlerMethod handler) {
    boolean body = false;
    boolean validatedBody = false;
    boolean parameters = false;
    boolean constrainedParameters = false;
    for (Parameter parameter : handler.getMethod().getParameters()) {
      if (parameter.isAnnotationPresent(RequestBody.class)) {
        body = true;
        validatedBody =
            parameter.isAnnotationPresent(Valid.class)
                || parameter.isAnnotationPresent(Validated.class);
      }
      if (parameter.isAnnotationPresent(PathVariable.class)
          || parameter.isAnnotationPresent(RequestParam.class)) {
        parameters = true;
        for (Annotation annotation : parameter.getAnnotations()) {
          if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
            constrainedParameters = true;
          }
        }
      }
    }
    // Every operation refuses unknown query parameters, control characters in them, and a request
    // the container cannot decode (e.g. %ZZ in the query string).
    ProblemResponses.add(operation, UNKNOWN_PARAMETER, CONTROL_CHARACTERS, MALFORMED_REQUEST);
    if (parameters) {
      ProblemResponses.add(operation, INVALID_PARAMETER);
    }
    if (constrainedParameters) {
      ProblemResponses.add(operation, INVALID_FIELDS);
    }
    if (body) {
      ProblemResponses.add(operation, MALFORMED_BODY);
      if (validatedBody) {
        ProblemResponses.add(operation, INVALID_FIELDS);
      }
      ProblemResponses.add(operation, REQUEST_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE);
    }
    ProblemResponses.add(
        operation, UNAUTHENTICATED, FORBIDDEN, NOT_ACCEPTABLE, STORAGE_UNAVAILABLE);
  }
}
