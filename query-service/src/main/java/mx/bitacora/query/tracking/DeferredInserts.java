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
    List<Insert> pending = pending(true);
    if (pending == null) {
      jdbc.update(sql, values);
    } else {
      pending.add(new Insert(sql, values));
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
        .filter(insert -> insert.sql().equals(sql) && matches.test(insert.values()))
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
    Map<String, List<SqlParameterSource>> bySql = new LinkedHashMap<>();
    for (Insert insert : pending) {
      bySql.computeIfAbsent(insert.sql(), sql -> new ArrayList<>()).add(insert.values());
    }
    bySql.forEach((sql, rows) -> jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
    pending.clear();
  }

  private record Insert(String sql, SqlParameterSource values) {}
}
