package mx.bitacora.query.rebuild;

import mx.bitacora.query.tracking.RebuildingThread;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuild processor's transactions: the processors' own, in which unqualified table names
 * resolve to the {@code rebuild} schema's copies (the views' SQL names its tables unqualified), and
 * during which the thread is marked as rebuilding. Token and dead-letter tables are named with
 * their schema, so they are the serving ones.
 */
class RebuildTransactions implements TransactionManager {

  private final TransactionManager processors;
  private final JdbcTemplate jdbc;

  RebuildTransactions(TransactionManager processors, JdbcTemplate jdbc) {
    this.processors = processors;
    this.jdbc = jdbc;
  }

  @Override
  public Transaction startTransaction() {
    Transaction transaction = processors.startTransaction();
    jdbc.execute("SET LOCAL search_path TO rebuild");
    boolean marked = !RebuildingThread.isRebuilding();
    if (marked) {
      RebuildingThread.enter();
    }
    return new Transaction() {
      @Override
      public void commit() {
        try {
          transaction.commit();
        } finally {
          leave(marked);
        }
      }

      @Override
      public void rollback() {
        try {
          transaction.rollback();
        } finally {
          leave(marked);
        }
      }
    };
  }

  private static void leave(boolean marked) {
    if (marked) {
      RebuildingThread.leave();
    }
  }
}
