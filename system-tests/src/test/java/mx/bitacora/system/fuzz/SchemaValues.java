package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Valid-looking values for a schema: every property present, enums at their first value, ids that
 * name a registered agency, so that a single mutation is what makes a request wrong.
 */
final class SchemaValues {

  /** A registered agency's id: also a well-formed id of any other kind, a name, a place. */
  static final String TEXT = "dif-benito-juarez";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 10;
  private static final List<String> PATTERN_CANDIDATES =
      List.of(
          TEXT,
          "Texto",
          "a",
          "A",
          "0".repeat(64),
          "0".repeat(16),
          "A".repeat(86) + "==",
          "QROO-2026-1234");

  private final Random random;

  SchemaValues(Random random) {
    this.random = random;
  }

  /** A value for {@code schema}. */
  JsonNode valueOf(JsonNode schema) {
    return valueOf(schema, 0);
  }

  /** The text form of a value for a path or query parameter of {@code schema}. */
  String textOf(JsonNode schema) {
    JsonNode value = valueOf(schema);
    return value.isTextual() ? value.asText() : value.toString();
  }

  private JsonNode valueOf(JsonNode schema, int depth) {
    if (depth > MAX_DEPTH) {
      return NODES.nullNode();
    }
    if (schema.has("enum")) {
      return schema.path("enum").get(0);
    }
    return switch (typeOf(schema)) {
      case "object" -> objectOf(schema, depth);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (schema.path("maxItems").asInt(1) > 0) {
          array.add(valueOf(schema.path("items"), depth + 1));
        }
        yield array;
      }
      case "integer", "number" -> NODES.numberNode(numberFor(schema));
      case "boolean" -> NODES.booleanNode(false);
      default -> NODES.textNode(textFor(schema));
    };
  }

  /** The schema's type, {@code object} when it has properties but names no type. */
  static String typeOf(JsonNode schema) {
    if (schema.has("type")) {
      return schema.path("type").asText();
    }
    if (schema.has("properties") || schema.has("additionalProperties")) {
      return "object";
    }
    return "string";
  }

  private ObjectNode objectOf(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      object.set(property.getKey(), valueOf(property.getValue(), depth + 1));
    }
    if (schema.path("additionalProperties").isObject()) {
      object.set("clave", valueOf(schema.path("additionalProperties"), depth + 1));
    }
    return object;
  }

  private static long numberFor(JsonNode schema) {
    long value = schema.has("minimum") ? schema.path("minimum").asLong() : 1;
    return schema.has("maximum") ? Math.min(value, schema.path("maximum").asLong()) : value;
  }

  private String textFor(JsonNode schema) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "uuid":
        return new UUID(random.nextLong(), random.nextLong()).toString();
      case "date":
        return "2025-03-14";
      case "date-time":
        return "2025-03-14T10:00:00Z";
      default:
        break;
    }
    String text = TEXT;
    if (schema.has("pattern")) {
      Pattern pattern = Pattern.compile(schema.path("pattern").asText());
      text =
          PATTERN_CANDIDATES.stream()
              .filter(candidate -> pattern.matcher(candidate).matches())
              .findFirst()
              .orElse(TEXT);
    }
    int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return text.length() > maxLength ? text.substring(0, maxLength) : text;
  }
}
