package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a running service's {@code /v3/api-docs} into the list of its operations. */
final class ApiDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SCHEMA_DEPTH = 12;

  private final JsonNode document;

  private ApiDocument(JsonNode document) {
    this.document = document;
  }

  /** The operations {@code service}, answering at {@code base}, documents, in document order. */
  static List<ApiOperation> operationsOf(String service, URI base) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(service + " has no API document: " + answer.statusCode());
    }
    return new ApiDocument(JSON.readTree(answer.body())).operations(service, base);
  }

  private List<ApiOperation> operations(String service, URI base) {
    List<ApiOperation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode spec = operation.getValue();
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
          JsonNode resolved = resolve(parameter, 0);
          parameters.add(
              new ApiOperation.Parameter(
                  resolved.path("name").asText(),
                  resolved.path("in").asText(),
                  resolved.path("required").asBoolean(),
                  resolve(resolved.path("schema"), 0)));
        }
        JsonNode content = resolve(spec.path("requestBody"), 0).path("content");
        JsonNode body = null;
        Iterator<String> mediaTypes = content.fieldNames();
        while (mediaTypes.hasNext()) {
          String mediaType = mediaTypes.next();
          if (mediaType.contains("json")) {
            body = resolve(content.path(mediaType).path("schema"), 0);
          }
        }
        operations.add(
            new ApiOperation(
                service,
                base,
                operation.getKey().toUpperCase(Locale.ROOT),
                path.getKey(),
                List.copyOf(parameters),
                body,
                spec.path("security").isArray() && spec.path("security").isEmpty()));
      }
    }
    return operations;
  }

  /** {@code node} with every {@code $ref} in it replaced by what it points to. */
  private JsonNode resolve(JsonNode node, int depth) {
    if (depth > MAX_SCHEMA_DEPTH || !node.isContainerNode()) {
      return node;
    }
    if (node.has("$ref")) {
      String pointer = node.path("$ref").asText().substring(1);
      return resolve(document.at(pointer), depth + 1);
    }
    JsonNode copy = node.deepCopy();
    if (copy instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        object.set(field.getKey(), resolve(field.getValue(), depth + 1));
      }
    } else {
      for (int i = 0; i < copy.size(); i++) {
        ((ArrayNode) copy).set(i, resolve(node.get(i), depth + 1));
      }
    }
    return copy;
  }
}
