package mx.bitacora.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * Adds problem responses to an operation: {@code application/problem+json} bodies of the shared
 * {@value #SCHEMA} schema, whose {@code code} is narrowed to the codes that status can carry there.
 * Codes added for a status already documented are merged, so contributions compose in any order.
 */
public final class ProblemResponses {

  /** The shared schema's name under {@code components/schemas}. */
  public static final String SCHEMA = "Problem";

  static final String MEDIA_TYPE = "application/problem+json";
  static final String CODES = "x-problem-codes";

  private ProblemResponses() {}

  /** Documents that {@code operation} may answer any of {@code codes}, each with its status. */
  public static void add(Operation operation, ProblemCode... codes) {
    for (ProblemCode code : codes) {
      add(operation, code.status().value(), code.name());
    }
  }

  /** Documents that {@code operation} may answer {@code status} with any of {@code codes}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void add(Operation operation, int status, String... codes) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    String key = Integer.toString(status);
    ApiResponse response = operation.getResponses().get(key);
    TreeSet<String> all = new TreeSet<>(List.of(codes));
    if (response != null && response.getExtensions() != null) {
      Object known = response.getExtensions().get(CODES);
      if (known instanceof List<?> list) {
        list.forEach(code -> all.add(code.toString()));
      }
    }
    // The shared schema with its code narrowed, inline: a composition (allOf) would do, but
    // validators that close objects (additionalProperties: false) refuse it.
    Schema body = schema();
    body.description(null);
    body.getProperties().put("code", new StringSchema()._enum(List.copyOf(all)));
    HttpStatus known = HttpStatus.resolve(status);
    ApiResponse problem =
        new ApiResponse()
            .description(
                (known == null ? "" : known.getReasonPhrase() + ": ") + String.join(", ", all))
            .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(body)));
    problem.addExtension(CODES, List.copyOf(all));
    if (status == 503) {
      problem.addHeaderObject(
          "Retry-After",
          new io.swagger.v3.oas.models.headers.Header()
              .description("Seconds to wait before trying again")
              .schema(new IntegerSchema()));
    }
    operation.getResponses().addApiResponse(key, problem);
  }

  static void sort(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    ApiResponses sorted = new ApiResponses();
    operation.getResponses().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
    operation.setResponses(sorted);
  }

  /** The shared problem body (RFC 9457), with this API's {@code code} and {@code requestId}. */
  @SuppressWarnings({"rawtypes"})
  static Schema<?> schema() {
    Schema error =
        new ObjectSchema()
            .description("Which field or parameter was refused, never its value")
            .addProperty("field", new StringSchema())
            .addProperty("parameter", new StringSchema())
            .addProperty("message", new StringSchema());
    return new ObjectSchema()
        .description("An RFC 9457 problem; it never echoes submitted values")
        .required(List.of("type", "title", "status", "instance", "code"))
        .properties(
            new java.util.LinkedHashMap<>(
                Map.of(
                    "type",
                        new StringSchema().format("uri").example("urn:bitacora:problem:not_found"),
                    "title", new StringSchema(),
                    "status",
                        new IntegerSchema()
                            .minimum(java.math.BigDecimal.valueOf(400))
                            .maximum(java.math.BigDecimal.valueOf(599)),
                    "detail", new StringSchema(),
                    "instance", new StringSchema().format("uri"),
                    "code", new StringSchema().pattern("^[A-Z][A-Z0-9_]*$"),
                    "requestId", new StringSchema(),
                    "errors", new ArraySchema().items(error))))
        .additionalProperties(false);
  }
}
