package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients planning deliveries as fast as command-service answers, each request with its delivery's
 * id as {@code Idempotency-Key}, noting every answer: acknowledged (with its position), refused
 * (status and media type), or none (the connection failed). {@link #settle()} then sends every
 * request that was not acknowledged again with the same key until it is, as a client would.
 */
final class DeliveryWriters implements AutoCloseable {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Supplier<String> commandService;
  private final String token;
  private final ExecutorService clients;
  private final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();
  private final Map<UUID, String> unanswered = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
  private final AtomicInteger noAnswer = new AtomicInteger();
  private final AtomicInteger untruthful = new AtomicInteger();
  private volatile boolean running = true;

  /** Starts {@code count} clients against the command-service {@code commandService} names. */
  DeliveryWriters(int count, Supplier<String> commandService, String token) {
    this.commandService = commandService;
    this.token = token;
    this.clients = Executors.newFixedThreadPool(count);
    for (int i = 0; i < count; i++) {
      clients.submit(this::write);
    }
  }

  /** Plans deliveries one after the other; one that gets no answer or a 5xx is sent again. */
  private void write() {
    while (running) {
      UUID delivery = UUID.randomUUID();
      unanswered.put(delivery, "sent");
      Answer answer = send(delivery);
      while (running && answer == Answer.TRY_AGAIN) {
        pauseBeforeRetrying();
        answer = send(delivery);
      }
    }
  }

  private enum Answer {
    ACKNOWLEDGED,
    REFUSED,
    TRY_AGAIN
  }

  /** A client's back-off between retries of one request. */
  private static void pauseBeforeRetrying() {
    try {
      TimeUnit.MILLISECONDS.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends the plan of {@code delivery} once. */
  private Answer send(UUID delivery) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(commandService.get() + "/deliveries"))
                  .timeout(REQUEST_TIMEOUT)
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", delivery.toString())
                  .POST(HttpRequest.BodyPublishers.ofString(planBody(delivery)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // 201 first; a retry is given the first answer again, or 200 "recorded" if the service
      // stopped before it stored that answer.
      if (answer.statusCode() / 100 == 2) {
        long position =
            Long.parseLong(answer.headers().firstValue("X-Event-Position").orElseThrow());
        acknowledged.put(delivery, position);
        unanswered.remove(delivery);
        return Answer.ACKNOWLEDGED;
      }
      String contentType = answer.headers().firstValue("Content-Type").orElse("none");
      refusals
          .computeIfAbsent(answer.statusCode() + " " + contentType, k -> new AtomicInteger())
          .incrementAndGet();
      if (answer.body().contains("nothing was recorded")
          || answer.body().contains("nada se registró")) {
        untruthful.incrementAndGet();
      }
      return answer.statusCode() >= 500 ? Answer.TRY_AGAIN : Answer.REFUSED;
    } catch (IOException e) {
      noAnswer.incrementAndGet();
      return Answer.TRY_AGAIN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.TRY_AGAIN;
    }
  }

  /** Stops the clients after their current request. */
  void stop() throws InterruptedException {
    running = false;
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
  }

  /** How many deliveries are acknowledged so far. */
  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** How many requests got no answer or a 5xx so far. */
  int failedCount() {
    return noAnswer.get()
        + refusals.entrySet().stream()
            .filter(kind -> kind.getKey().startsWith("5"))
            .mapToInt(kind -> kind.getValue().get())
            .sum();
  }

  /** Sends every unacknowledged plan again, with its key, until each is acknowledged. */
  void settle() {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              for (UUID delivery : List.copyOf(unanswered.keySet())) {
                assertThat(send(delivery)).as(this::figures).isNotEqualTo(Answer.REFUSED);
              }
              return unanswered.isEmpty();
            });
  }

  /**
   * Asserts that every delivery planned is stored exactly once, at the position its answer named
   * when it was acknowledged, and that no refusal was anything but a problem document.
   */
  void assertNothingLostOrDoubled(JdbcTemplate log) {
    Map<String, Long> stored =
        log
            .queryForList(
                "SELECT aggregate_identifier, global_index FROM event_store.domain_event_entry"
                    + " WHERE type = 'Delivery'")
            .stream()
            .collect(
                Collectors.toMap(
                    row -> (String) row.get("aggregate_identifier"),
                    row -> ((Number) row.get("global_index")).longValue(),
                    (a, b) -> {
                      throw new AssertionError("a delivery was stored twice");
                    }));
    acknowledged.forEach(
        (delivery, position) ->
            assertThat(stored.get(delivery.toString()))
                .as("delivery %s, acknowledged at %d", delivery, position)
                .isEqualTo(position));
    assertThat(stored.keySet()).hasSize(acknowledged.size());
    refusals.keySet().forEach(kind -> assertThat(kind).endsWith("application/problem+json"));
    assertThat(untruthful.get()).as("answers claiming nothing was recorded").isZero();
  }

  /** A one-line account of what the clients saw. */
  String figures() {
    return "acknowledged %d, no answer %d, refused %s"
        .formatted(acknowledged.size(), noAnswer.get(), refusals);
  }

  /**
   * The services run without the dev profile, so a business date may lie at most
   * `bitacora.business-time.max-backdating` in the past: the plans are dated two days ago.
   */
  static String planBody(UUID delivery) {
    return """
        {"deliveryId": "%s", "fundingAgency": "inl", "deliveringAgencies": ["unodc-mexico"],
         "receivingShelter": "cat-cancun", "receivingAgency": "dif-benito-juarez",
         "occurredOn": "%s",
         "items": [{"description": "Kits de higiene", "quantity": 50, "unit": "kit"}],
         "witnesses": [{"title": "Responsable del CAT", "agency": "dif-benito-juarez"}]}
        """
        .formatted(delivery, java.time.LocalDate.now().minusDays(2));
  }

  @Override
  public void close() throws InterruptedException {
    if (running) {
      stop();
    }
  }
}
