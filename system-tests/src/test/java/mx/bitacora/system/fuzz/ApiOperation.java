package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;

/**
 * One operation of a service's OpenAPI document: where it is, its parameters, the schema of its
 * JSON body ({@code null} when it takes none) with every {@code $ref} resolved, and whether it is
 * open to callers without a token (its {@code security} is empty).
 */
record ApiOperation(
    String service,
    URI base,
    String method,
    String path,
    List<Parameter> parameters,
    JsonNode bodySchema,
    boolean open) {

  /** A path, query or header parameter, with its resolved schema. */
  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /** How failures name the operation, e.g. {@code command-service POST /shelters}. */
  String name() {
    return service + " " + method + " " + path;
  }

  List<Parameter> in(String where) {
    return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
  }
}
