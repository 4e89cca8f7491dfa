package mx.bitacora.query.readyourwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** When a processor's token counts as having processed a position: gaps and replays. */
class ProcessedPositionsTest {

  @Test
  void aTokenCoversThePositionsItHasSeen_andNotThoseBeyondIt() {
    TrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of());

    assertThat(ProcessedPositions.covers(token, 10)).isTrue();
    assertThat(ProcessedPositions.covers(token, 3)).isTrue();
    assertThat(ProcessedPositions.covers(token, 11)).isFalse();
  }

  @Test
  void aPositionStillAGap_aLateCommitNotYetSeen_isNotCovered() {
    TrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of(7L));

    assertThat(ProcessedPositions.covers(token, 7)).isFalse();
  }

  @Test
  void aGapBelowThePosition_doesNotHoldItBack() {
    // 7 may be a rolled-back insert that never fills; 9 was seen and applied.
    TrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of(7L));

    assertThat(ProcessedPositions.covers(token, 9)).isTrue();
  }

  @Test
  void duringAReplay_onlyWhatTheReplayHasReachedIsCovered() {
    TrackingToken replay =
        ReplayToken.createReplayToken(
            GapAwareTrackingToken.newInstance(10, Set.of()),
            GapAwareTrackingToken.newInstance(4, Set.of()));

    assertThat(ProcessedPositions.covers(replay, 4)).isTrue();
    assertThat(ProcessedPositions.covers(replay, 5)).isFalse();
  }

  @Test
  void noTokenYet_coversNothing_butPositionZero() {
    assertThat(ProcessedPositions.covers(null, 1)).isFalse();
    assertThat(ProcessedPositions.covers(null, 0)).isTrue();
  }
}
