package mx.bitacora.query.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.JdbcTemplate;

/** Replays a processing group from the first event, and counts its dead letters. */
public final class ProjectionReplay {

  private ProjectionReplay() {}

  /**
   * Resets the group's tokens and waits until the replay is over. Axon ends a replay only once an
   * event recorded after the reset is handled: {@code appendMarker} records one.
   */
  public static void replayFromTheStart(
      EventProcessingConfiguration processing,
      TokenStore tokenStore,
      String group,
      Runnable appendMarker,
      Duration lag) {
    StreamingEventProcessor processor =
        processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    appendMarker.run();
    int segments = tokenStore.fetchSegments(group).length;
    await()
        .atMost(lag)
        .until(
            () ->
                processor.processingStatus().size() == segments
                    && processor.processingStatus().values().stream()
                        .allMatch(status -> status.isCaughtUp() && !status.isReplaying()));
  }

  /** How many of the group's dead letters belong to {@code sequenceIdentifier} (an aggregate). */
  public static Integer deadLetterCount(JdbcTemplate jdbc, String group, String sequence) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM read_model.dead_letter_entry"
            + " WHERE processing_group = ? AND sequence_identifier = ?",
        Integer.class,
        group,
        sequence);
  }
}
