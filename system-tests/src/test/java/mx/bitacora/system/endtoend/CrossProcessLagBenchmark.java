package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures how long after command-service answers 201 a planned delivery is visible in
 * query-service's delivery view, one command at a time: polling every 20 ms alone (as shipped
 * before the wake-up on append) and also woken by each append's NOTIFY (shipped), alternately, in
 * one run after a warm-up. Prints figures; asserts nothing about speed. Run with: {@code ./mvnw -pl
 * system-tests -am verify -Dgroups=benchmark -Dtest.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class CrossProcessLagBenchmark {

  private static final String UNODC = DevTokens.mint("unodc-bench", "unodc-mexico", "AGENCY_STAFF");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void lagFromCommandResponseToQueryView() throws Exception {
    List<String> report = new ArrayList<>();
    // Both services run in this JVM: the first configuration would also pay for the JIT's warm-up.
    measure("tracking", "20ms", true, 200);
    for (int round = 0; round < 2; round++) {
      report.add(measure("tracking", "20ms", false, 200));
      report.add(measure("tracking", "20ms", true, 200));
    }
    System.out.println("\n=== Cross-process lag (command 201 -> visible in query-service) ===");
    System.out.printf(
        "machine: %d cores, JVM %s, %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"));
    report.forEach(System.out::println);
  }

  private static String measure(
      String processorMode, String fetchDelay, boolean wakeOnAppend, int samples) throws Exception {
    try (TwoServices services =
        TwoServices.start(
            FreshDatabase.create("lag"),
            "--bitacora.event-store.fetch-delay=" + fetchDelay,
            "--bitacora.event-store.wake-on-append=" + wakeOnAppend,
            "--axon.eventhandling.processors.shelter-deliveries.mode=" + processorMode,
            // A tracking processor needs a thread per segment it should claim.
            "--axon.eventhandling.processors.shelter-deliveries.thread-count=4")) {
      DeliverySliceTest.registerCatCancun(services);
      warmUp(services);
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < samples; i++) {
        UUID id = UUID.randomUUID();
        HttpResponse<String> planned =
            services.post("/deliveries", DeliverySliceTest.plan(id), UNODC);
        assertThat(planned.statusCode()).isEqualTo(201);
        long accepted = System.nanoTime();
        awaitVisible(services, id);
        micros.add((System.nanoTime() - accepted) / 1_000);
      }
      Collections.sort(micros);
      return String.format(
          "%-8s processor, fetch-delay %-7s wake-on-append %-5s n=%d  p50 %6.1f ms  p90 %6.1f ms"
              + "  p99 %6.1f ms  max %6.1f ms",
          processorMode,
          fetchDelay,
          wakeOnAppend,
          samples,
          percentile(micros, 50),
          percentile(micros, 90),
          percentile(micros, 99),
          micros.get(micros.size() - 1) / 1000.0);
    }
  }

  private static void warmUp(TwoServices services) throws Exception {
    for (int i = 0; i < 5; i++) {
      UUID id = UUID.randomUUID();
      services.post("/deliveries", DeliverySliceTest.plan(id), UNODC);
      awaitVisible(services, id);
    }
  }

  /** Spins on the query API (no sleeping, to resolve the lag finely), failing after 10 s. */
  private static void awaitVisible(TwoServices services, UUID id) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!visible(services, id)) {
      assertThat(System.nanoTime()).as("delivery %s never became visible", id).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static boolean visible(TwoServices services, UUID id) throws Exception {
    HttpResponse<String> detail = services.query("/deliveries/" + id, UNODC);
    if (detail.statusCode() == 200) {
      JsonNode body = JSON.readTree(detail.body());
      return id.toString().equals(body.path("deliveryId").asText());
    }
    return false;
  }

  private static double percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1000.0;
  }
}
