package mx.bitacora.query.tracking;

import static mx.bitacora.query.runtimetest.SampleLog.newShelter;
import static mx.bitacora.query.runtimetest.SampleLog.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.query.runtimetest.RuntimeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * With structured logs (what the services' {@code json-logs} profile sets), a line a projection
 * logs while applying an event is one JSON object naming the processing group, and the request id,
 * acting agency and correlation id of the event (its metadata; the event's own id when it names no
 * correlation id).
 */
@TestPropertySource(
    properties = {
      // What the services' json-logs profile sets (this test application has no profile files).
      "logging.structured.format.console=ecs",
      "logging.level.mx.bitacora.query.runtimetest=DEBUG"
    })
@ExtendWith(OutputCaptureExtension.class)
class ProcessingLogContextTest extends RuntimeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aLineLoggedWhileApplying_namesTheGroupAndTheEventsOrigin(CapturedOutput output) {
    ShelterId shelter = newShelter();
    long position = log.append(registered(shelter, "Albergue registrado"));
    String eventId =
        jdbc.queryForObject(
            "SELECT event_identifier FROM event_store.domain_event_entry WHERE global_index = ?",
            String.class,
            position);

    await().atMost(LAG).until(() -> !linesAbout(shelter, output).isEmpty());

    assertThat(linesAbout(shelter, output))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.path("processingGroup").asText())
                  .isEqualTo(ProcessingGroups.SHELTERS);
              assertThat(line.path("actorAgency").asText()).isEqualTo("dif-benito-juarez");
              assertThat(line.path("requestId").asText()).isEqualTo("req-test");
              assertThat(line.path("correlationId").asText()).isEqualTo(eventId);
            });
  }

  private static List<JsonNode> linesAbout(ShelterId shelter, CapturedOutput output) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : output.getOut().split("\n")) {
      if (line.contains("applying the registration of " + shelter.value())) {
        try {
          lines.add(JSON.readTree(line));
        } catch (Exception notJson) {
          throw new AssertionError("not a JSON line: " + line, notJson);
        }
      }
    }
    return lines;
  }
}
