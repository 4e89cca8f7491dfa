package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The mutations of a JSON body, from its schema: wrong content types and malformed documents for
 * the whole body; and for every field, however deep, its absence, its key twice, a wrong type, and
 * by its type control characters, 1 MB of text, unknown enum values, malformed formats or numbers
 * no field holds.
 */
final class BodyMutations {

  private static final int MEGABYTE = 1 << 20;
  private static final int DEEP = 10_000;

  private final Canaries canaries;

  BodyMutations(Canaries canaries) {
    this.canaries = canaries;
  }

  /** Every mutation of the well-formed body of {@code requests}' operation. */
  List<FuzzRequest> of(Requests requests) {
    List<FuzzRequest> all = new ArrayList<>();
    wholeBody(requests, requests.base(), all);
    fields(requests, requests.operation().bodySchema(), requests.base(), new ArrayList<>(), all);
    return all;
  }

  private void wholeBody(Requests requests, JsonNode base, List<FuzzRequest> all) {
    byte[] json = utf8(base.toString());
    for (String contentType :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=@",
            "application/json; charset=@",
            "@/@")) {
      String canary = canaries.next();
      all.add(
          requests.with(
              "content type " + contentType,
              canary,
              List.of(
                  requests.authorization(), "Content-Type: " + contentType.replace("@", canary)),
              json));
    }
    all.add(requests.with("no content type", "", List.of(requests.authorization()), json));
    String text = base.toString();
    List<Map.Entry<String, UnaryOperator<String>>> documents =
        List.of(
            Map.entry("empty body", canary -> ""),
            Map.entry("null body", canary -> "null"),
            Map.entry("array body", canary -> "[" + text + "]"),
            Map.entry("string body", JsonText::quoted),
            Map.entry("not JSON", canary -> "{" + canary),
            Map.entry("truncated JSON", canary -> text.substring(0, text.length() - 1)),
            Map.entry("trailing garbage", canary -> text + canary),
            Map.entry("JSON comment", canary -> "/*" + canary + "*/" + text),
            Map.entry("nested " + DEEP + " arrays", canary -> "[".repeat(DEEP) + "]".repeat(DEEP)),
            Map.entry("nested " + DEEP + " objects", BodyMutations::nestedObjects));
    for (Map.Entry<String, UnaryOperator<String>> document : documents) {
      String canary = canaries.next();
      byte[] body = utf8(document.getValue().apply(canary));
      all.add(requests.with(document.getKey(), canary, requests.defaultHeaders(body), body));
    }
    String canary = canaries.next();
    byte[] invalidUtf8 =
        utf8(JsonText.replacing(base, firstField(base), "\"" + canary + "\u0001\""));
    int marker = indexOf(invalidUtf8, (byte) 1);
    if (marker >= 0) {
      invalidUtf8[marker] = (byte) 0xC3; // followed by '"': not UTF-8
      all.add(
          requests.with(
              "invalid UTF-8", canary, requests.defaultHeaders(invalidUtf8), invalidUtf8));
    }
  }

  private void fields(
      Requests requests,
      JsonNode schema,
      JsonNode value,
      List<Object> path,
      List<FuzzRequest> all) {
    if (value == null) {
      return;
    }
    if (value.isObject()) {
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode fieldSchema =
            schema.path("properties").has(field.getKey())
                ? schema.path("properties").path(field.getKey())
                : schema.path("additionalProperties");
        List<Object> at = with(path, field.getKey());
        field(requests, fieldSchema, at, required.contains(field.getKey()), all);
        fields(requests, fieldSchema, field.getValue(), at, all);
      }
    } else if (value.isArray() && !value.isEmpty()) {
      fields(requests, schema.path("items"), value.get(0), with(path, 0), all);
    }
  }

  private void field(
      Requests requests,
      JsonNode schema,
      List<Object> at,
      boolean required,
      List<FuzzRequest> all) {
    JsonNode base = requests.base();
    String where = "field " + pathOf(at) + ": ";
    if (required) {
      all.add(body(requests, where + "missing", "", JsonText.removing(base, at)));
    }
    String canary = canaries.next();
    String type = SchemaValues.typeOf(schema);
    boolean text = "string".equals(type);
    all.add(
        body(
            requests,
            where + "key twice",
            text ? canary : "",
            JsonText.duplicating(base, at, text ? JsonText.quoted(canary) : null)));
    canary = canaries.next();
    all.add(
        body(
            requests,
            where + "wrong type",
            canary,
            JsonText.replacing(base, at, wrongType(type, canary))));
    if (text) {
      text(requests, schema, at, where, all);
    } else if ("integer".equals(type) || "number".equals(type)) {
      for (String overflow : RequestMutations.overflows(schema)) {
        all.add(body(requests, where + overflow, overflow, JsonText.replacing(base, at, overflow)));
      }
    }
  }

  private void text(
      Requests requests, JsonNode schema, List<Object> at, String where, List<FuzzRequest> all) {
    JsonNode base = requests.base();
    String canary = canaries.next();
    all.add(
        body(
            requests,
            where + "NUL",
            canary,
            JsonText.replacing(base, at, JsonText.quoted(canary + "\u0000" + canary))));
    char control = canaries.controlCharacter();
    canary = canaries.next();
    all.add(
        body(
            requests,
            where + RequestMutations.escaped(String.valueOf(control)),
            canary,
            JsonText.replacing(base, at, JsonText.quoted(canary + control + canary))));
    canary = canaries.next();
    all.add(
        body(
            requests,
            where + "1 MB",
            canary,
            JsonText.replacing(base, at, JsonText.quoted(canary + "x".repeat(MEGABYTE)))));
    canary = canaries.next();
    all.add(
        body(
            requests,
            where + "lone surrogate",
            canary,
            JsonText.replacing(base, at, "\"" + canary + "\\ud800\"")));
    canary = canaries.next();
    if (schema.has("enum")) {
      String unknown = "ZZ_" + canary.toUpperCase(Locale.ROOT);
      all.add(
          body(
              requests,
              where + "unknown enum value",
              canary,
              JsonText.replacing(base, at, JsonText.quoted(unknown))));
    } else if (schema.has("format") || schema.has("pattern")) {
      all.add(
          body(
              requests,
              where + "malformed",
              canary,
              JsonText.replacing(base, at, JsonText.quoted(canary + "!"))));
    }
  }

  /** A value of another type: an object for text, text for anything else. */
  private static String wrongType(String type, String canary) {
    return "string".equals(type) ? "{\"" + canary + "\":1}" : JsonText.quoted(canary);
  }

  private static FuzzRequest body(Requests requests, String mutation, String canary, String json) {
    byte[] body = utf8(json);
    return requests.with(mutation, canary, requests.defaultHeaders(body), body);
  }

  private static String nestedObjects(String canary) {
    return ("{\"" + canary + "\":").repeat(DEEP) + "1" + "}".repeat(DEEP);
  }

  private static List<Object> firstField(JsonNode base) {
    return base.isObject() && base.size() > 0 ? List.of(base.fieldNames().next()) : List.of();
  }

  private static List<Object> with(List<Object> path, Object next) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(next);
    return longer;
  }

  private static String pathOf(List<Object> at) {
    StringBuilder path = new StringBuilder();
    for (Object step : at) {
      path.append(
          step instanceof Integer index ? "[" + index + "]" : (path.isEmpty() ? "" : ".") + step);
    }
    return path.toString();
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
