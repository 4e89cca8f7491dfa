package mx.bitacora.query.timetravel;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import mx.bitacora.platform.eventstore.StoredPosition;
import mx.bitacora.query.tracking.CheckedTransactions;
import mx.bitacora.query.tracking.Projections;
import mx.bitacora.query.tracking.Projections.Projection;
import mx.bitacora.query.tracking.RebuildingThread;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a read as its view stood at a past log position: in a transaction of its own, creates
 * empty session-private copies of the view's tables, replays every event up to the position through
 * the same projection code the processors run, runs the read against the copies (the views' SQL
 * names tables unqualified, and only the copies are on the search path), and rolls everything back.
 * Nothing the replay writes outlives the request; its change announcements, sent with NOTIFY, are
 * dropped with the rollback.
 */
class PastViews {

  private static final Logger LOG = LoggerFactory.getLogger(PastViews.class);

  private final TransactionTemplate ownTransaction;
  private final JdbcTemplate jdbc;
  private final EventStorageEngine events;
  private final Projections projections;

  PastViews(
      PlatformTransactionManager transactions,
      JdbcTemplate jdbc,
      EventStorageEngine events,
      Projections projections) {
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jdbc = jdbc;
    this.events = events;
    this.projections = projections;
  }

  /** {@code read}'s answer over the events through {@code position} of the groups' views. */
  <T> T asOf(long position, Collection<String> groups, Callable<T> read) throws Exception {
    List<Projection> replayed = projections.of(groups);
    return CheckedTransactions.execute(
        ownTransaction,
        status -> {
          status.setRollbackOnly();
          copyTablesOf(replayed);
          replayThrough(position, replayed);
          return read.call();
        });
  }

  private void copyTablesOf(List<Projection> replayed) {
    for (Projection projection : replayed) {
      for (String table : projection.tables()) {
        jdbc.execute(
            "CREATE TEMPORARY TABLE "
                + table
                + " (LIKE read_model."
                + table
                + " INCLUDING ALL) ON COMMIT DROP");
      }
    }
    // Unqualified names now find the copies, or nothing: a table left out fails loudly.
    jdbc.execute("SET LOCAL search_path TO pg_temp");
  }

  private void replayThrough(long position, List<Projection> replayed) {
    RebuildingThread.enter(); // the serving views announced these events when they applied them
    try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
      Iterator<? extends TrackedEventMessage<?>> log = stream.iterator();
      while (log.hasNext()) {
        TrackedEventMessage<?> event = log.next();
        if (StoredPosition.of(event.getMetaData())
                .orElse(event.trackingToken().position().orElse(Long.MAX_VALUE))
            > position) {
          return;
        }
        for (Projection projection : replayed) {
          apply(event, projection);
        }
      }
    } finally {
      RebuildingThread.leave();
    }
  }

  /**
   * Applies the event as a processor would; an event the projection cannot apply (one the serving
   * view dead-lettered) is left out, its writes rolled back by the projection's own savepoint.
   */
  private static void apply(TrackedEventMessage<?> event, Projection projection) {
    if (!projection.handler().canHandle(event)) {
      return;
    }
    ResultMessage<?> result =
        DefaultUnitOfWork.startAndGet(event)
            .executeWithResult(() -> projection.handler().handle(event));
    if (result.isExceptional()) {
      LOG.warn(
          "as-of replay left out event {} for {}: {}",
          event.getIdentifier(),
          projection.name(),
          result.exceptionResult().toString());
    }
  }

  /** Carries a checked exception through the transaction template. */
}
