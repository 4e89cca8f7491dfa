package mx.bitacora.query.tracking;

import static mx.bitacora.query.runtimetest.SampleLog.appendWithoutCommitting;
import static mx.bitacora.query.runtimetest.SampleLog.newShelter;
import static mx.bitacora.query.runtimetest.SampleLog.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.query.runtimetest.RuntimeTest;
import org.junit.jupiter.api.Test;

/**
 * Transactions that commit out of position order: two appends take their positions and commit only
 * after a later-numbered event is projected, the second before the first. The sample projection
 * still applies every event exactly once, each at its own stored position.
 */
class SampleLateCommitsTest extends RuntimeTest {

  @Test
  void eventsCommittedOutOfPositionOrder_areEachProjectedExactlyOnce() throws Exception {
    ShelterId first = newShelter();
    ShelterId second = newShelter();
    ShelterId onTime = newShelter();
    ShelterId afterwards = newShelter();
    long firstPosition;
    long secondPosition;
    long onTimePosition;
    try (Connection slow = newConnection();
        Connection slower = newConnection()) {
      slower.setAutoCommit(false);
      slow.setAutoCommit(false);
      firstPosition =
          appendWithoutCommitting(slower, eventSerializer, registered(first, "Albergue uno"));
      secondPosition =
          appendWithoutCommitting(slow, eventSerializer, registered(second, "Albergue dos"));
      onTimePosition = log.append(registered(onTime, "Albergue a tiempo"));
      assertThat(firstPosition).isLessThan(secondPosition);
      assertThat(secondPosition).isLessThan(onTimePosition);

      await().atMost(LAG).until(() -> get("/sample-notes/" + onTime).status() == 200);
      assertThat(get("/sample-notes/" + first).status()).isEqualTo(404);
      assertThat(get("/sample-notes/" + second).status()).isEqualTo(404);

      slow.commit();
      await().atMost(LAG).until(() -> get("/sample-notes/" + second).status() == 200);
      assertThat(get("/sample-notes/" + first).status()).isEqualTo(404);
      slower.commit();
    }
    await().atMost(LAG).until(() -> get("/sample-notes/" + first).status() == 200);
    long afterwardsPosition = log.append(registered(afterwards, "Albergue después"));
    await().atMost(LAG).until(() -> get("/sample-notes/" + afterwards).status() == 200);

    List<Map<String, Object>> handled =
        jdbc.queryForList(
            "SELECT shelter_id, position FROM sample_note_event"
                + " WHERE shelter_id IN (?, ?, ?, ?) ORDER BY position",
            first.value(),
            second.value(),
            onTime.value(),
            afterwards.value());
    assertThat(handled)
        .containsExactly(
            Map.of("shelter_id", first.value(), "position", firstPosition),
            Map.of("shelter_id", second.value(), "position", secondPosition),
            Map.of("shelter_id", onTime.value(), "position", onTimePosition),
            Map.of("shelter_id", afterwards.value(), "position", afterwardsPosition));
  }
}
