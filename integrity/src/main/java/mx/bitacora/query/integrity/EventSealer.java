package mx.bitacora.query.integrity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the hash chain over the event log in global order, one seal per position, and signs a
 * checkpoint every so many positions or so much time. Runs in every query-service instance, but a
 * round only proceeds under a PostgreSQL advisory lock, so exactly one instance seals at a time and
 * the chain never forks.
 */
final class EventSealer {

  // Any fixed number; names the lock every instance's sealer takes for a round.
  private static final long SEALING_LOCK = 0x6269746163_6f7261L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final SealTable seals;
  private final CheckpointSigner checkpoints;
  private final GapWatch gaps;
  private final Settings settings;
  private final SealingStatus status;

  /** How much a round seals and when it signs. */
  record Settings(int batchSize, long checkpointEveryPositions, Duration checkpointEvery) {}

  EventSealer(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SigningKey signingKey,
      Clock clock,
      Duration gapGrace,
      Settings settings) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.seals = new SealTable(jdbc);
    this.checkpoints =
        new CheckpointSigner(
            Chain.EVENT_LOG,
            jdbc,
            signingKey,
            clock,
            settings.checkpointEveryPositions(),
            settings.checkpointEvery());
    this.gaps = new GapWatch(jdbc, clock, gapGrace);
    this.settings = settings;
    this.status = new SealingStatus(clock);
  }

  /** What this instance's last committed round found, for the gauges. */
  SealingStatus status() {
    return status;
  }

  /** Seals until the chain has caught up with the log (or waits on a hole); returns how many. */
  int sealAvailable() {
    int total = 0;
    int sealed;
    do {
      sealed = sealOneBatch();
      total += sealed;
    } while (sealed == settings.batchSize());
    return total;
  }

  /** One round in one transaction: up to a batch of positions, then a checkpoint if one is due. */
  int sealOneBatch() {
    Round round =
        transactions.execute(
            transaction -> {
              if (!takeSealingLock()) {
                return null;
              }
              Seal head = seals.head();
              List<Seal> next = extend(head, readAfter(head.position()));
              seals.append(next);
              Seal newHead = next.isEmpty() ? head : next.get(next.size() - 1);
              Checkpoint latest = checkpoints.signIfDue(newHead.position(), newHead.chainHash());
              return new Round(next.size(), newHead.position(), latest);
            });
    if (round == null) {
      return 0;
    }
    status.sealed(round.head(), round.checkpoint()); // committed: now it may be reported
    return round.sealed();
  }

  /** What one round sealed, the chain's head after it and the latest checkpoint. */
  private record Round(int sealed, long head, Checkpoint checkpoint) {}

  private List<Seal> extend(Seal head, List<StoredEvent> events) {
    List<Seal> next = new ArrayList<>();
    Seal last = head;
    for (StoredEvent event : events) {
      if (event.position() > last.position() + 1) {
        if (!gaps.isPermanent(last.position() + 1, event.position() - 1)) {
          break; // an append may still commit there: seal nothing past it yet
        }
        for (long empty = last.position() + 1; empty < event.position(); empty++) {
          last = Seal.ofGap(last.chainHash(), empty);
          next.add(last);
        }
      }
      last = Seal.of(last.chainHash(), event);
      next.add(last);
    }
    return next.size() > settings.batchSize() ? next.subList(0, settings.batchSize()) : next;
  }

  private List<StoredEvent> readAfter(long position) {
    return jdbc.query(
        StoredEvents.AFTER + " LIMIT ?",
        (row, n) -> StoredEvents.read(row),
        position,
        settings.batchSize());
  }

  private boolean takeSealingLock() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, SEALING_LOCK));
  }
}
