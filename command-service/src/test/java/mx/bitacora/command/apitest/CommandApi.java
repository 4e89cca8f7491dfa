package mx.bitacora.command.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sends JSON requests to a running command-service and checks problems and stored events. */
public final class CommandApi {

  private final TestRestTemplate http;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public CommandApi(TestRestTemplate http, JdbcTemplate jdbc, ObjectMapper json) {
    this.http = http;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** POSTs {@code body} as JSON with the bearer token (none when null). */
  public ResponseEntity<String> post(String path, String body, String token) {
    return exchange(HttpMethod.POST, path, body, token);
  }

  /** POSTs {@code body} as JSON, asking for answers in {@code language}. */
  public ResponseEntity<String> post(String path, String body, String token, String language) {
    HttpHeaders headers = headers(token);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** GETs {@code path} with the bearer token. */
  public ResponseEntity<String> get(String path, String token) {
    return exchange(HttpMethod.GET, path, null, token);
  }

  /** DELETEs {@code path} with the bearer token. */
  public ResponseEntity<String> delete(String path, String token) {
    return exchange(HttpMethod.DELETE, path, null, token);
  }

  /** The HTTP status of a response. */
  public static int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }

  /** Asserts an RFC 9457 problem with this status and code, and returns its body. */
  public JsonNode assertProblem(ResponseEntity<String> response, int status, String code)
      throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .as(response.toString())
        .isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("requestId").asText()).isNotBlank();
    return problem;
  }

  /** How many events the event store holds for this aggregate stream id. */
  public long eventsOf(String streamId) {
    return jdbc.queryForObject(
        "select count(*) from event_store.domain_event_entry where aggregate_identifier = ?",
        Long.class,
        streamId);
  }

  /** How many events the event store holds in all. */
  public long allEvents() {
    return jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
  }

  private ResponseEntity<String> exchange(
      HttpMethod method, String path, String body, String token) {
    return http.exchange(path, method, new HttpEntity<>(body, headers(token)), String.class);
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
