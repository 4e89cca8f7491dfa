package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The sealer against PostgreSQL: it never seals the position of an append still in flight as empty
 * (a late commit is sealed in its place), seals a rolled-back append's position as empty, signs
 * checkpoints by count, and two sealers at once still build one chain.
 */
class SealerTest {

  @Test
  void anAppendCommittingLate_isSealedInItsPlace_neverSkipped() throws Exception {
    SealedEventLog log = SealedEventLog.create("latecommit");
    EventSealer sealer = log.sealer(SealedEventLog.EVERY_FOUR_POSITIONS);
    log.append(2);
    long latePosition;
    try (Connection slow = log.database.connect()) {
      slow.setAutoCommit(false);
      // A deliberately slow transaction: it takes position 3 and commits only later.
      JdbcTemplate inSlowTransaction = new JdbcTemplate(new SingleConnectionDataSource(slow, true));
      String lateAggregate = UUID.randomUUID().toString();
      latePosition = SealedEventLog.insertEvent(inSlowTransaction, lateAggregate, 0);
      log.append(2);
      for (int round = 0; round < 20; round++) {
        sealer.sealAvailable();
      }
      assertThat(log.sealedThrough()).isEqualTo(latePosition - 1);
      slow.commit();
    }

    log.sealThrough(sealer, latePosition + 2);

    assertThat(
            log.jdbc.queryForObject(
                "SELECT s.event_identifier = e.event_identifier FROM integrity.event_seal s"
                    + " JOIN event_store.domain_event_entry e ON e.global_index = s.position"
                    + " WHERE s.position = ?",
                Boolean.class,
                latePosition))
        .isTrue();
    assertThat(log.verify().intact()).isTrue();
  }

  @Test
  void aCheckpointIsSigned_whenEnoughPositionsHaveBeenSealedSinceTheLast() throws SQLException {
    SealedEventLog log = SealedEventLog.create("checkpointcount");
    EventSealer sealer = log.sealer(SealedEventLog.EVERY_FOUR_POSITIONS);
    log.append(1);
    log.sealThrough(sealer, 1);
    log.append(3);
    log.sealThrough(sealer, 4);
    List<Long> beforeTheFourth = log.checkpoints().stream().map(Checkpoint::position).toList();
    log.append(1);
    log.sealThrough(sealer, 5);

    // The first seal is signed at once (no checkpoint yet); then every four positions.
    assertThat(beforeTheFourth).containsExactly(1L);
    assertThat(log.checkpoints()).extracting(Checkpoint::position).containsExactly(1L, 5L);
    assertThat(log.checkpoints()).allMatch(log.verifier()::isGenuine);
  }

  @Test
  void twoSealersAtOnce_buildOneChain_sealingEachPositionOnce() throws Exception {
    SealedEventLog log = SealedEventLog.create("twosealers");
    EventSealer.Settings smallBatches =
        new EventSealer.Settings(7, 50, java.time.Duration.ofHours(1));
    EventSealer first = log.sealer(smallBatches);
    EventSealer second = log.sealer(smallBatches);
    log.append(300);

    CompletableFuture<Void> one = CompletableFuture.runAsync(() -> log.sealThrough(first, 300));
    CompletableFuture<Void> two = CompletableFuture.runAsync(() -> log.sealThrough(second, 300));
    CompletableFuture.allOf(one, two).get(60, TimeUnit.SECONDS);

    assertThat(log.jdbc.queryForObject("SELECT count(*) FROM integrity.event_seal", Long.class))
        .isEqualTo(300);
    VerificationReport report = log.verify();
    assertThat(report.intact()).isTrue();
    assertThat(report.verifiedThrough()).isEqualTo(300);
  }
}
