package mx.bitacora.command.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  /**
   * Sends {@code body} (none when null) as JSON with this method, the bearer token (none when null)
   * and, unless null, asking for answers in {@code language}.
   */
  public ResponseEntity<String> send(
      HttpMethod method, String path, String body, String token, String language) {
    HttpHeaders headers = headers(token);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
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

  /**
   * Sends all {@code requests} at once (released together from their own threads) and asserts that
   * exactly one succeeded, every other was a 409 with one of {@code losingCodes}, and the stream's
   * sequence numbers are exactly {@code expectedSequenceNumbers}.
   */
  public void assertExactlyOneWins(
      List<Callable<ResponseEntity<String>>> requests,
      Set<String> losingCodes,
      String streamId,
      Long... expectedSequenceNumbers)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(requests.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (Callable<ResponseEntity<String>> request : requests) {
      answers.add(
          clients.submit(
              () -> {
                start.await();
                return request.call();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(30, TimeUnit.SECONDS);
        statuses.add(status(response));
        if (status(response) == 409) {
          assertThat(json.readTree(response.getBody()).path("code").asText()).isIn(losingCodes);
        }
      }
    } finally {
      clients.shutdown();
    }
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    assertThat(
            jdbc.queryForList(
                "select sequence_number from event_store.domain_event_entry"
                    + " where aggregate_identifier = ? order by sequence_number",
                Long.class,
                streamId))
        .containsExactly(expectedSequenceNumbers);
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
