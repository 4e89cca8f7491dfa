package mx.bitacora.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Builds a value that fits a schema of an OpenAPI document: required properties filled, each value
 * within its type, format, enum, pattern and limits, as far as this simple generator knows them
 * (its examples, the first enum value, a slug of the network for a slug pattern).
 */
final class SampleValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;

  SampleValues(JsonNode document) {
    this.document = document;
  }

  /** A value for {@code schema}, or null when it allows none the generator knows. */
  JsonNode of(JsonNode schema) {
    return of(schema, 0);
  }

  private JsonNode of(JsonNode schema, int depth) {
    schema = resolved(schema);
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    if (schema.has("allOf")) {
      ObjectNode merged = JSON.createObjectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode value = of(part, depth + 1);
        if (value instanceof ObjectNode object) {
          merged.setAll(object);
        }
      }
      return merged;
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      return of(
          (schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0), depth + 1);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> {
        ArrayNode array = JSON.createArrayNode();
        JsonNode item = of(schema.get("items"), depth + 1);
        if (item != null) {
          array.add(item);
        }
        yield array;
      }
      case "integer", "number" -> {
        long value = schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 1;
        yield JSON.getNodeFactory().numberNode(value);
      }
      case "boolean" -> JSON.getNodeFactory().booleanNode(false);
      default -> JSON.getNodeFactory().textNode(string(schema));
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = JSON.createObjectNode();
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      JsonNode value = of(properties.get(required.asText()), depth + 1);
      if (value != null) {
        object.set(required.asText(), value);
      }
    }
    return object;
  }

  /** A string of the schema's format, or one its pattern accepts, else a short plain word. */
  static String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    String pattern = schema.path("pattern").asText("");
    return switch (format) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date" -> LocalDate.now().minusDays(1).toString();
      case "date-time" -> Instant.now().minus(1, ChronoUnit.DAYS).toString();
      case "uri" -> "urn:example";
      default -> pattern.isEmpty() ? "muestra" : fitting(pattern);
    };
  }

  private static String fitting(String pattern) {
    for (String candidate :
        new String[] {"unodc-mexico", "cat-cancun", "FGE-QROO-2024-0001", "muestra", "A1", "1"}) {
      if (candidate.matches(pattern.replaceAll("^\\^|\\$$", ""))) {
        return candidate;
      }
    }
    return "muestra";
  }

  JsonNode resolved(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      schema = document.path("components").path("schemas").get(name);
    }
    return schema;
  }
}
