package mx.bitacora.query.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Holds a processor batch's append-only inserts (history and audit-trail rows) until its unit of
 * work prepares to commit, then runs them as one JDBC batch per statement, in the transaction that
 * stores the batch's token: a round trip per batch instead of one per event (issue 6). A rolled
 * back unit of work drops them; {@link EventSavepoint} drops those of an event that failed. Outside
 * a unit of work an insert runs at once.
 */
@Component
public class DeferredInserts {

  private static final String RESOURCE = DeferredInserts.class.getName() + ".pending";

  private final NamedParameterJdbcTemplate jdbc;

  DeferredInserts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts {@code values} with {@code sql} when the current batch commits. */
  public void insert(String sql, SqlParameterSource values) {
    insert(new AppendOnce(sql, null), values);
  }

  /**
   * Inserts {@code values} with {@code append.insert()} when the current batch commits; a row its
   * conflict clause skips must be the very same event already stored ({@code
   * append.sameEventStored()} finds it), or the batch fails: an event never silently takes the
   * place of another (issue 13).
   */
  public void insert(AppendOnce append, SqlParameterSource values) {
    List<Insert> pending = pending(true);
    if (pending == null) {
      checkSkipped(
          append,
          new SqlParameterSource[] {values},
          new int[] {jdbc.update(append.insert(), values)});
    } else {
      pending.add(new Insert(append, values));
    }
  }

  /**
   * The values of the inserts with {@code sql} that {@code matches}, waiting for the batch to
   * commit.
   */
  public List<SqlParameterSource> waiting(String sql, Predicate<SqlParameterSource> matches) {
    List<Insert> pending = pending(false);
    if (pending == null) {
      return List.of();
    }
    return pending.stream()
        .filter(insert -> insert.append().insert().equals(sql) && matches.test(insert.values()))
        .map(Insert::values)
        .toList();
  }

  /** How many inserts are waiting: a mark to {@link #dropAfter} if what follows fails. */
  int mark() {
    List<Insert> pending = pending(false);
    return pending == null ? 0 : pending.size();
  }

  /** Drops the inserts added since {@code mark}. */
  void dropAfter(int mark) {
    List<Insert> pending = pending(false);
    if (pending != null && pending.size() > mark) {
      pending.subList(mark, pending.size()).clear();
    }
  }

  /** The current batch's list, created (with its flush) if {@code create}; null outside one. */
  private List<Insert> pending(boolean create) {
    if (!CurrentUnitOfWork.isStarted()) {
      return null;
    }
    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
    if (!create) {
      return batch.getResource(RESOURCE);
    }
    return batch.getOrComputeResource(RESOURCE, key -> flushedOnCommit(batch));
  }

  private List<Insert> flushedOnCommit(UnitOfWork<?> batch) {
    List<Insert> pending = new ArrayList<>();
    batch.onPrepareCommit(committing -> flush(pending));
    return pending;
  }

  private void flush(List<Insert> pending) {
    Map<AppendOnce, List<SqlParameterSource>> byStatement = new LinkedHashMap<>();
    for (Insert insert : pending) {
      byStatement.computeIfAbsent(insert.append(), sql -> new ArrayList<>()).add(insert.values());
    }
    byStatement.forEach(
        (append, list) -> {
          SqlParameterSource[] rows = list.toArray(SqlParameterSource[]::new);
          checkSkipped(append, rows, jdbc.batchUpdate(append.insert(), rows));
        });
    pending.clear();
  }

  /** Fails unless every row the insert skipped ({@code inserted[i] == 0}) is already stored. */
  private void checkSkipped(AppendOnce append, SqlParameterSource[] rows, int[] inserted) {
    if (append.sameEventStored() == null) {
      return;
    }
    for (int i = 0; i < rows.length; i++) {
      if (inserted[i] == 0
          && !Boolean.TRUE.equals(
              jdbc.queryForObject(append.sameEventStored(), rows[i], Boolean.class))) {
        throw new ConflictingEventException(append.insert(), rows[i]);
      }
    }
  }

  /**
   * An append-only insert whose conflict clause skips a row already there, and the query ({@code
   * SELECT EXISTS …}, same parameters) that finds the very same event stored; without it a skipped
   * row is not checked.
   */
  public record AppendOnce(String insert, String sameEventStored) {}

  private record Insert(AppendOnce append, SqlParameterSource values) {}
}
