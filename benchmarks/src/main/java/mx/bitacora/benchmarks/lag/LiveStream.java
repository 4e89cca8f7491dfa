package mx.bitacora.benchmarks.lag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A subscription to one of query-service's server-sent-event streams, read on a thread of its own:
 * the moment ({@link System#nanoTime()}) each change of one view is heard completes the future a
 * caller took for that object's id beforehand.
 */
final class LiveStream implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String view;
  private final Map<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();
  private final CountDownLatch subscribed = new CountDownLatch(1);
  private final Thread reader;
  private volatile Stream<String> lines;

  private LiveStream(String view, HttpRequest request) {
    this.view = view;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    this.reader = new Thread(() -> read(http, request), "live-stream-" + view);
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code url} with {@code token} and waits until the service says it is subscribed. */
  static LiveStream open(String url, String token, String view) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    LiveStream stream = new LiveStream(view, request);
    if (!stream.subscribed.await(30, TimeUnit.SECONDS)) {
      stream.close();
      throw new IllegalStateException("the live stream " + url + " did not open in 30 s");
    }
    return stream;
  }

  /** Completes with the nanoTime at which a change of {@code id} is first heard. */
  CompletableFuture<Long> heard(String id) {
    return awaited.computeIfAbsent(id, key -> new CompletableFuture<>());
  }

  /** Stops listening for {@code id}. */
  void forget(String id) {
    awaited.remove(id);
  }

  private void read(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<Stream<String>> response =
          http.send(request, HttpResponse.BodyHandlers.ofLines());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("live stream answered " + response.statusCode());
      }
      lines = response.body();
      String event = null;
      for (String line : (Iterable<String>) lines::iterator) {
        long now = System.nanoTime();
        if (line.startsWith("event:")) {
          event = line.substring("event:".length()).trim();
        } else if (line.startsWith("data:")) {
          onData(event, line.substring("data:".length()), now);
        } else if (line.isEmpty()) {
          event = null;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // closed, or the service went away: every future still awaited times out
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onData(String event, String data, long now) {
    if ("subscribed".equals(event)) {
      subscribed.countDown();
      return;
    }
    if (!"change".equals(event)) {
      return;
    }
    JsonNode change;
    try {
      change = JSON.readTree(data);
    } catch (IOException unreadable) {
      return; // one unreadable event must not end the subscription: its delivery times out
    }
    if (view.equals(change.path("view").asText())) {
      CompletableFuture<Long> future = awaited.get(change.path("id").asText());
      if (future != null) {
        future.complete(now);
      }
    }
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
    reader.interrupt();
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
