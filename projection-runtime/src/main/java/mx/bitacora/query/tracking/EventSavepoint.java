package mx.bitacora.query.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one event inside a savepoint of the processor's transaction. PostgreSQL refuses every
 * further statement of a transaction after a failed one; rolling back to the savepoint undoes just
 * that event's writes, so the dead-letter insert and the token update can still commit. Its {@link
 * DeferredInserts} still waiting for the batch to commit are dropped with it.
 */
@Component
public class EventSavepoint {

  private final DataSource dataSource;
  private final DeferredInserts deferred;
  private final TransactionTemplate ownTransaction;

  EventSavepoint(
      DataSource dataSource, DeferredInserts deferred, PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.deferred = deferred;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /** Runs {@code work}; if it fails, its writes are rolled back and the failure rethrown. */
  public Object apply(Callable<Object> work) throws Exception {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return inOwnTransaction(work);
    }
    // The JDBC savepoint directly on the transaction's connection: Spring's nested propagation
    // does the same with several times the bookkeeping, for every event applied (issue 6).
    Connection connection = DataSourceUtils.getConnection(dataSource);
    Savepoint savepoint = connection.setSavepoint();
    int waitingBefore = deferred.mark();
    try {
      Object result = work.call();
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (Exception | Error failure) {
      deferred.dropAfter(waitingBefore);
      rollBack(connection, savepoint, failure);
      throw failure;
    }
  }

  private static void rollBack(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException rollbackFailed) {
      failure.addSuppressed(rollbackFailed);
    }
  }

  /** Outside a transaction (a handler called on its own) the work gets one of its own. */
  private Object inOwnTransaction(Callable<Object> work) throws Exception {
    return CheckedTransactions.execute(ownTransaction, status -> work.call());
  }
}
