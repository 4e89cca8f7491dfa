package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the requests of one operation from a well-formed one (path ids that exist nowhere, the
 * required query parameters, a token that may call it) with one thing changed.
 */
final class Requests {

  static final String JSON = "Content-Type: application/json";

  private final ApiOperation operation;
  private final String token;
  private final JsonNode base;
  private final Map<String, String> pathValues = new LinkedHashMap<>();
  private final Map<String, String> requiredQuery = new LinkedHashMap<>();

  Requests(ApiOperation operation, String token, SchemaValues values) {
    this.operation = operation;
    this.token = token;
    this.base = operation.bodySchema() == null ? null : values.valueOf(operation.bodySchema());
    for (ApiOperation.Parameter parameter : operation.in("path")) {
      pathValues.put(
          parameter.name(),
          "uuid".equals(parameter.schema().path("format").asText())
              ? UUID.nameUUIDFromBytes(parameter.name().getBytes(StandardCharsets.UTF_8)).toString()
              : "fuzz-" + parameter.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (ApiOperation.Parameter parameter : operation.in("query")) {
      if (parameter.required()) {
        requiredQuery.put(parameter.name(), encoded(values.textOf(parameter.schema())));
      }
    }
  }

  ApiOperation operation() {
    return operation;
  }

  /** The well-formed body, or null when the operation takes none. */
  JsonNode base() {
    return base;
  }

  /** The valid token's {@code Authorization} header. */
  String authorization() {
    return "Authorization: Bearer " + token;
  }

  /** The well-formed request with {@code headers} (the token's unless given) and {@code body}. */
  FuzzRequest with(String mutation, String canary, List<String> headers, byte[] body) {
    return request(mutation, canary, pathValues, requiredQuery, headers, body);
  }

  /** With the path parameter {@code name} written (raw, already percent-encoded) as {@code raw}. */
  FuzzRequest withPath(String mutation, String canary, String name, String raw, byte[] body) {
    Map<String, String> path = new LinkedHashMap<>(pathValues);
    path.put(name, raw);
    return request(mutation, canary, path, requiredQuery, defaultHeaders(body), body);
  }

  /** With the query parameter {@code name} set to {@code raw} (already percent-encoded). */
  FuzzRequest withQuery(String mutation, String canary, String name, String raw, byte[] body) {
    Map<String, String> query = new LinkedHashMap<>(requiredQuery);
    query.put(name, raw);
    return request(mutation, canary, pathValues, query, defaultHeaders(body), body);
  }

  /** The headers of a well-formed request: the token, and JSON's content type with a body. */
  List<String> defaultHeaders(byte[] body) {
    List<String> headers = new ArrayList<>(List.of(authorization()));
    if (body != null) {
      headers.add(JSON);
    }
    return headers;
  }

  private FuzzRequest request(
      String mutation,
      String canary,
      Map<String, String> path,
      Map<String, String> query,
      List<String> headers,
      byte[] body) {
    String target = operation.path();
    for (Map.Entry<String, String> value : path.entrySet()) {
      target = target.replace("{" + value.getKey() + "}", value.getValue());
    }
    StringBuilder parameters = new StringBuilder();
    query.forEach(
        (name, value) ->
            parameters
                .append(parameters.isEmpty() ? "?" : "&")
                .append(name)
                .append('=')
                .append(value));
    return new FuzzRequest(
        operation, mutation, canary, target + parameters, List.copyOf(headers), body);
  }

  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
