package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.testsupport.DevTokens;

/**
 * The mutations of what surrounds a body: the token, unknown query parameters, and every path,
 * query and header parameter the operation documents.
 */
final class RequestMutations {

  /** Longer than Tomcat takes in a request line or header (8 KB). */
  private static final int OVERSIZED = 20_000;

  private final Canaries canaries;

  RequestMutations(Canaries canaries) {
    this.canaries = canaries;
  }

  /** Every mutation of {@code requests}' operation, each carrying {@code body} unchanged. */
  List<FuzzRequest> of(Requests requests, byte[] body) {
    List<FuzzRequest> all = new ArrayList<>();
    if (!requests.operation().open()) {
      tokens(requests, body, all);
    }
    String canary = canaries.next();
    all.add(requests.withQuery("unknown query parameter", canary, "fuzzFilter", canary, body));
    for (ApiOperation.Parameter parameter : requests.operation().in("path")) {
      path(requests, parameter, body, all);
    }
    for (ApiOperation.Parameter parameter : requests.operation().in("query")) {
      query(requests, parameter, body, all);
    }
    for (ApiOperation.Parameter parameter : requests.operation().in("header")) {
      header(requests, parameter, body, all);
    }
    return all;
  }

  private void tokens(Requests requests, byte[] body, List<FuzzRequest> all) {
    List<String> contentType = body == null ? List.of() : List.of(Requests.JSON);
    String canary = canaries.next();
    all.add(requests.with("no token", "", contentType, body));
    all.add(
        requests.with(
            "garbage token", canary, with(contentType, "Authorization: Bearer " + canary), body));
    canary = canaries.next();
    all.add(
        requests.with(
            "basic credentials",
            canary,
            with(contentType, "Authorization: Basic " + canary),
            body));
    canary = canaries.next();
    all.add(
        requests.with(
            "oversized token",
            canary,
            with(contentType, "Authorization: Bearer " + canary + "x".repeat(OVERSIZED)),
            body));
    all.add(
        requests.with(
            "expired token",
            "",
            with(
                contentType,
                "Authorization: Bearer "
                    + DevTokens.expired("fuzz-1", SchemaValues.TEXT, "AGENCY_STAFF")),
            body));
  }

  private void path(
      Requests requests, ApiOperation.Parameter parameter, byte[] body, List<FuzzRequest> all) {
    String name = parameter.name();
    String where = "path " + name + ": ";
    for (String shape :
        List.of(
            "%00@",
            "@%2F@",
            "%ZZ@",
            "%3Cscript%3E@%3C%2Fscript%3E",
            "<script>@",
            "@%C2%85",
            "@%1B",
            "@%7F",
            "@;x=1",
            "@%5C@",
            "@%25",
            "@%20@",
            "@" + "a".repeat(300),
            "@" + "a".repeat(OVERSIZED))) {
      String canary = canaries.next();
      String label = shape.length() > 40 ? "@ + " + (shape.length() - 1) + " letters" : shape;
      all.add(requests.withPath(where + label, canary, name, shape.replace("@", canary), body));
    }
  }

  private void query(
      Requests requests, ApiOperation.Parameter parameter, byte[] body, List<FuzzRequest> all) {
    String name = parameter.name();
    String where = "query " + name + ": ";
    List<String> shapes =
        new ArrayList<>(List.of("@%00", "@%1B", "@%C2%85", "%ZZ@", "@" + "a".repeat(OVERSIZED)));
    if (constrained(parameter.schema())) {
      shapes.add("%3Cscript%3E@"); // in free text, a search for it like any other
    }
    for (String shape : shapes) {
      String canary = canaries.next();
      String label = shape.length() > 40 ? "@ + " + (shape.length() - 1) + " letters" : shape;
      all.add(requests.withQuery(where + label, canary, name, shape.replace("@", canary), body));
    }
    JsonNode schema = parameter.schema();
    String canary = canaries.next();
    switch (SchemaValues.typeOf(schema)) {
      case "integer", "number" -> {
        all.add(requests.withQuery(where + "not a number", canary, name, canary, body));
        for (String overflow : overflows(schema)) {
          all.add(requests.withQuery(where + overflow, overflow, name, overflow, body));
        }
        if (schema.has("minimum")) {
          String below = String.valueOf(schema.path("minimum").asLong() - 1);
          all.add(requests.withQuery(where + "below minimum", "", name, below, body));
        }
      }
      case "boolean" ->
          all.add(requests.withQuery(where + "not a boolean", canary, name, canary, body));
      default -> {
        if (schema.has("enum")) {
          String unknown = "ZZ_" + canary.toUpperCase(java.util.Locale.ROOT);
          all.add(requests.withQuery(where + "unknown enum value", canary, name, unknown, body));
        } else if (schema.has("format") || schema.has("pattern")) {
          all.add(requests.withQuery(where + "malformed", canary, name, canary + "%21", body));
        }
      }
    }
  }

  private void header(
      Requests requests, ApiOperation.Parameter parameter, byte[] body, List<FuzzRequest> all) {
    String where = "header " + parameter.name() + ": ";
    for (String shape : List.of("@\u0000", "@\u001b", "@\u0085", "@" + "a".repeat(OVERSIZED))) {
      String canary = canaries.next();
      String label =
          shape.length() > 40 ? "@ + " + (shape.length() - 1) + " letters" : escaped(shape);
      List<String> headers = requests.defaultHeaders(body);
      headers.add(parameter.name() + ": " + shape.replace("@", canary));
      all.add(requests.with(where + label, canary, headers, body));
    }
  }

  /** Whether not every text is a value of {@code schema}. */
  private static boolean constrained(JsonNode schema) {
    return !"string".equals(SchemaValues.typeOf(schema))
        || schema.has("enum")
        || schema.has("format")
        || schema.has("pattern");
  }

  /** Integers no 64-bit (or, for int32, 32-bit) number holds, and one no double holds. */
  static List<String> overflows(JsonNode schema) {
    List<String> overflows =
        new ArrayList<>(List.of("1e400", "9223372036854775808", "-9223372036854775809"));
    if ("int32".equals(schema.path("format").asText())) {
      overflows.add("2147483648");
    }
    return overflows;
  }

  /** How a control character is shown in a mutation's name. */
  static String escaped(String text) {
    StringBuilder shown = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                shown.append(
                    c < 0x20 || (c >= 0x7F && c <= 0x9F)
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)));
    return shown.toString();
  }

  private static List<String> with(List<String> headers, String header) {
    List<String> all = new ArrayList<>(headers);
    all.add(header);
    return all;
  }
}
