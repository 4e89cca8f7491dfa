package mx.bitacora.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way pages reach the services. Queries go to query-service, never older than this person's
 * last write; commands go to command-service with the form's idempotency key, and their log
 * position is remembered; sealed reads (a referral's victim details, its case notes) are GETs from
 * command-service, which alone holds the cases' keys. All carry the person's token and language
 * ({@link ServiceClientConfiguration}); an unreachable service is an exception the pages answer
 * with 503.
 */
@Component
public class ServiceCalls {

  private final RestClient client;
  private final String queryServiceUrl;
  private final String commandServiceUrl;
  private final LastWrite lastWrite;
  private final ObjectMapper json;

  ServiceCalls(
      RestClient client,
      @Value("${bitacora.web.query-service-url}") String queryServiceUrl,
      @Value("${bitacora.web.command-service-url}") String commandServiceUrl,
      LastWrite lastWrite,
      ObjectMapper json) {
    this.client = client;
    this.queryServiceUrl = queryServiceUrl;
    this.commandServiceUrl = commandServiceUrl;
    this.lastWrite = lastWrite;
    this.json = json;
  }

  /**
   * GET from query-service, e.g. {@code query(UriComponentsBuilder.fromPath("/deliveries")
   * .pathSegment(id))}: the builder's parts are encoded here, once.
   */
  public Answer query(UriComponentsBuilder uri) {
    return client
        .get()
        .uri(notOlderThanLastWrite(uri))
        .accept(MediaType.APPLICATION_JSON)
        .exchange(
            (request, response) ->
                answer(response.getStatusCode().value(), response.getBody().readAllBytes(), null));
  }

  public Answer query(String path) {
    return query(UriComponentsBuilder.fromPath(path));
  }

  public Answer command(String path, Object body, String formKey) {
    return command(UriComponentsBuilder.fromPath(path), body, formKey);
  }

  /** A file from query-service (CSV, PDF), passed on with its type and name, or its problem. */
  public ResponseEntity<byte[]> download(UriComponentsBuilder uri, MediaType accept) {
    return client
        .get()
        .uri(notOlderThanLastWrite(uri))
        .accept(accept, MediaType.APPLICATION_PROBLEM_JSON)
        .exchange(
            (request, response) -> {
              HttpHeaders passed = new HttpHeaders();
              passed.setContentType(response.getHeaders().getContentType());
              String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
              if (disposition != null) {
                passed.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
              }
              passed.setCacheControl("no-store");
              return new ResponseEntity<>(
                  response.getBody().readAllBytes(), passed, response.getStatusCode());
            });
  }

  /**
   * GET from command-service, for what only it can open (a referral's sealed victim details and
   * case notes): the answer is for this one page and is never kept.
   */
  public Answer sealedRead(UriComponentsBuilder uri) {
    return client
        .get()
        .uri(on(commandServiceUrl, uri))
        .accept(MediaType.APPLICATION_JSON)
        .exchange(
            (request, response) ->
                answer(response.getStatusCode().value(), response.getBody().readAllBytes(), null));
  }

  /**
   * POST a command's body to command-service, e.g. {@code command(UriComponentsBuilder
   * .fromPath("/deliveries").pathSegment(id, "dispatch"), body, formKey)}.
   */
  public Answer command(UriComponentsBuilder path, Object body, String formKey) {
    return post(commandServiceUrl, path, body, formKey);
  }

  /**
   * DELETE on command-service, e.g. {@code delete(UriComponentsBuilder.fromPath("/projects")
   * .pathSegment(id, "beneficiaries", shelterId), formKey)}: a command with no body.
   */
  public Answer delete(UriComponentsBuilder path, String formKey) {
    RestClient.RequestBodySpec request =
        client.method(HttpMethod.DELETE).uri(on(commandServiceUrl, path));
    return send(request, formKey);
  }

  private Answer post(String serviceUrl, UriComponentsBuilder path, Object body, String formKey) {
    RestClient.RequestBodySpec request =
        client.post().uri(on(serviceUrl, path)).contentType(MediaType.APPLICATION_JSON).body(body);
    return send(request, formKey);
  }

  private Answer send(RestClient.RequestBodySpec request, String formKey) {
    request.accept(MediaType.APPLICATION_JSON);
    if (FormKey.usable(formKey)) {
      request.header("Idempotency-Key", formKey);
    }
    Answer answer =
        request.exchange(
            (sent, response) ->
                answer(
                    response.getStatusCode().value(),
                    response.getBody().readAllBytes(),
                    response.getHeaders().getFirst("X-Event-Position")));
    if (answer.ok() && answer.position() != null) {
      lastWrite.advanceTo(answer.position());
    }
    return answer;
  }

  /**
   * POST an operation to query-service (e.g. retrying a view's dead letters): like {@link
   * #command}, but to the service that owns the views.
   */
  public Answer operate(UriComponentsBuilder path, Object body, String formKey) {
    return post(queryServiceUrl, path, body, formKey);
  }

  private URI notOlderThanLastWrite(UriComponentsBuilder uri) {
    long position = lastWrite.position();
    UriComponentsBuilder asked = uri.cloneBuilder();
    if (position > 0) {
      asked.replaceQueryParam("notOlderThan", position);
    }
    return on(queryServiceUrl, asked);
  }

  /** The service's address with the path and query, encoded once (the URI is sent as it is). */
  static URI on(String serviceUrl, UriComponentsBuilder pathAndQuery) {
    return URI.create(
        serviceUrl.replaceAll("/+$", "") + pathAndQuery.build().encode().toUriString());
  }

  private Answer answer(int status, byte[] body, String position) throws IOException {
    JsonNode parsed = body.length == 0 ? null : readJson(body);
    return new Answer(status, parsed, position == null ? null : Long.valueOf(position));
  }

  private JsonNode readJson(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      // A proxy's HTML error page, say: the status alone tells the person what happened.
      return null;
    }
  }
}
