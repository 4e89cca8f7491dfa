package mx.bitacora.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's RFC 9457 problem as a page shows it: its stable code, its title and detail (already
 * in the person's language), and the message per field it names ({@code errors}), so a form can put
 * each one next to its field.
 */
public record Problem(
    int status, String code, String title, String detail, Map<String, String> fields) {

  static Problem of(int status, JsonNode body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (JsonNode error : body.path("errors")) {
      String where = firstText(error, "field", "parameter", "header");
      if (where != null) {
        fields.put(where, error.path("message").asText(""));
      }
    }
    return new Problem(
        status,
        body.path("code").asText("HTTP_" + status),
        body.path("title").asText(""),
        body.path("detail").asText(""),
        fields);
  }

  /** Whether the service named {@code field} (or a part of it, e.g. {@code items[1].quantity}). */
  public boolean names(String field) {
    return fields.keySet().stream().anyMatch(name -> within(name, field));
  }

  /** The service's messages about {@code field} and its parts, joined. */
  public String messageFor(String field) {
    return String.join(
        "; ",
        fields.entrySet().stream()
            .filter(error -> within(error.getKey(), field))
            .map(error -> error.getValue().isEmpty() ? error.getKey() : error.getValue())
            .toList());
  }

  private static boolean within(String name, String field) {
    return name.equals(field) || name.startsWith(field + "[") || name.startsWith(field + ".");
  }

  private static String firstText(JsonNode error, String... names) {
    for (String name : names) {
      if (error.hasNonNull(name)) {
        return error.get(name).asText();
      }
    }
    return null;
  }
}
