package mx.bitacora.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * What is wrong with the answer to a malformed request, if anything: it must be a 4xx problem
 * ({@code application/problem+json}) with a {@code code}, and echo nothing of the request's canary.
 */
final class Verdict {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Verdict() {}

  /** Sends {@code request}; what is wrong with its answer, or empty if nothing is. */
  static Optional<String> on(FuzzRequest request) {
    RawHttp.Answer answer;
    try {
      answer = RawHttp.send(request);
    } catch (IOException e) {
      return Optional.of("no answer (" + e + ")");
    }
    String found = wrongIn(answer, request.canary());
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(answer.status() + " " + found + ": " + excerpt(answer.body()));
  }

  private static String wrongIn(RawHttp.Answer answer, String canary) {
    StringBuilder wrong = new StringBuilder();
    if (answer.status() < 400 || answer.status() > 499) {
      wrong.append("not 4xx; ");
    }
    if (!answer.header("Content-Type").startsWith("application/problem+json")) {
      wrong.append("content type '").append(answer.header("Content-Type")).append("'; ");
    } else if (!hasCode(answer.body())) {
      wrong.append("no code; ");
    }
    if (!canary.isEmpty() && echoes(answer, canary.toLowerCase(Locale.ROOT))) {
      wrong.append("echoes what was sent; ");
    }
    return wrong.toString();
  }

  private static boolean hasCode(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return problem != null && !problem.path("code").asText().isBlank();
    } catch (IOException notJson) {
      return false;
    }
  }

  private static boolean echoes(RawHttp.Answer answer, String canary) {
    return answer.body().toLowerCase(Locale.ROOT).contains(canary)
        || answer.headers().stream()
            .anyMatch(header -> header.toLowerCase(Locale.ROOT).contains(canary));
  }

  private static String excerpt(String body) {
    String oneLine = body.replaceAll("\\s+", " ");
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
