package mx.bitacora.query.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Calls the running query service over HTTP, as a client would, and reads JSON answers. */
public final class QueryApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  public QueryApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** GET {@code path} with a bearer token (none when null) and optional Accept-Language. */
  public Answer get(String path, String token, String language) {
    return get(path, token, language, Map.of());
  }

  /** GET {@code path} as {@link #get(String, String, String)}, with further request headers. */
  public Answer get(String path, String token, String language, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    headers.forEach(request::header);
    return send(request, path, token, language);
  }

  /** POST a JSON body to {@code path} with a bearer token and optional Accept-Language. */
  public Answer post(String path, String token, String json, String language) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        path,
        token,
        language);
  }

  private Answer send(HttpRequest.Builder request, String path, String token, String language) {
    request.timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          parse(response.body()),
          response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling " + path, e);
    }
  }

  public Answer get(String path, String token) {
    return get(path, token, null);
  }

  /** GET {@code path} with a bearer token, its body as text (a CSV export). */
  public TextAnswer getText(String path, String token) {
    return getText(path, token, null);
  }

  /** As {@link #getText(String, String)}, asking for {@code language} (none when null). */
  public TextAnswer getText(String path, String token, String language) {
    FileAnswer file = getFile(path, token, language);
    return new TextAnswer(
        file.status(), file.contentType(), new String(file.body(), StandardCharsets.UTF_8));
  }

  /** GET {@code path} with a bearer token, its body as bytes (a PDF export). */
  public FileAnswer getFile(String path, String token) {
    return getFile(path, token, null);
  }

  private FileAnswer getFile(String path, String token, String language) {
    HttpRequest.Builder asked =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET();
    if (language != null) {
      asked.header("Accept-Language", language);
    }
    HttpRequest request = asked.build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new FileAnswer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling " + path, e);
    }
  }

  /** A response read as bytes: its status, its content type and its body. */
  public record FileAnswer(int status, String contentType, byte[] body) {}

  /** A response read as text: its status, its content type and its body. */
  public record TextAnswer(int status, String contentType, String body) {}

  private static JsonNode parse(String body) throws IOException {
    return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
  }

  /** A response: its status, its content type, its body as JSON and its headers. */
  public record Answer(int status, String contentType, JsonNode body, HttpHeaders headers) {}
}
