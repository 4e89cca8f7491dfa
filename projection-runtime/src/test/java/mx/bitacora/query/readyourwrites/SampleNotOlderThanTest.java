package mx.bitacora.query.readyourwrites;

import static mx.bitacora.query.runtimetest.SampleLog.newShelter;
import static mx.bitacora.query.runtimetest.SampleLog.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.query.runtimetest.RuntimeTest;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/**
 * A read of the sample view with {@code notOlderThan=P} ({@link NotOlderThan}) is held while the
 * sample projection's processor has not processed P, and answers with the event applied once it
 * has; a position it does not reach within the wait (here 5 s) answers 503 {@code
 * VIEW_NOT_CAUGHT_UP}.
 */
class SampleNotOlderThanTest extends RuntimeTest {

  @Test
  void aReadNotOlderThanAPosition_waitsUntilTheSampleProjectionHasProcessedIt() throws Exception {
    StreamingEventProcessor processor = sampleProcessor();
    processor.shutDown();
    ShelterId shelter = newShelter();
    long position = log.append(registered(shelter, "Albergue esperado"));

    assertThat(get("/sample-notes/" + shelter).status())
        .as("without notOlderThan: answered at once, before the event is applied")
        .isEqualTo(404);
    CompletableFuture<Answer> read =
        CompletableFuture.supplyAsync(
            () -> get("/sample-notes/" + shelter + "?notOlderThan=" + position));
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(2))
        .until(() -> !read.isDone());

    processor.start();
    Answer answer = read.get(LAG.toSeconds(), TimeUnit.SECONDS);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("Albergue esperado").contains("\"position\":" + position);
  }

  @Test
  void aPositionTheProjectionDoesNotReach_answers503_onceTheWaitRunsOut() {
    Answer answer = get("/sample-notes/" + newShelter() + "?notOlderThan=1000000000");

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.body()).contains("VIEW_NOT_CAUGHT_UP");
  }
}
