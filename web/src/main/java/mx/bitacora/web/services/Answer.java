package mx.bitacora.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * What a service answered: its status and body, and for a command the log position its events were
 * stored at ({@code X-Event-Position}, null otherwise).
 */
public record Answer(int status, JsonNode body, Long position) {

  public Answer {
    body = body == null ? MissingNode.getInstance() : body;
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The refusal as the service worded it (in the person's language); null when it succeeded. */
  public Problem problem() {
    return ok() ? null : Problem.of(status, body);
  }
}
