package mx.bitacora.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTimestampsTest {

  @Test
  void readsWhatAxonWrites_asAxonsParserDoes_overCenturies() {
    SplittableRandom random = new SplittableRandom(2022);
    for (int i = 0; i < 100_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(-2_000_000_000L, 8_000_000_000L), random.nextInt(1_000_000_000));
      String stored = DateTimeUtils.formatInstant(instant);
      assertThat(StoredTimestamps.parse(stored))
          .as(stored)
          .isEqualTo(DateTimeUtils.parseInstant(stored));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-10-21T17:04:05Z",
        "2022-10-21T17:04:05.1Z",
        "2022-10-21T17:04:05.123Z",
        "2026-12-02T00:42:26.063715845Z",
        "2024-02-29T23:59:59.999999999Z",
        "2022-10-21T17:04:05.123+02:00",
        "2022-10-21T17:04:05.Z",
        "2022-10-21t17:04:05.123z"
      })
  void everyShapeAxonsParserTakes_readsTheSame(String stored) {
    assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-02-30T17:04:05.123Z",
        "2022-10-21T24:00:00Z",
        "2022-10-21T17:04:05.1234567890Z",
        "2022-1x-21T17:04:05Z",
        "not a time"
      })
  void whatAxonsParserRefuses_isRefused(String stored) {
    assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> StoredTimestamps.parse(stored)).isInstanceOf(DateTimeException.class);
  }
}
