package mx.bitacora.query.tracking;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one event inside a savepoint of the processor's transaction. PostgreSQL refuses every
 * further statement of a transaction after a failed one; rolling back to the savepoint undoes just
 * that event's writes, so the dead-letter insert and the token update can still commit.
 */
@Component
public class EventSavepoint {

  private final TransactionTemplate nested;

  EventSavepoint(PlatformTransactionManager transactions) {
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs {@code work}; if it fails, its writes are rolled back and the failure rethrown. */
  public Object apply(Callable<Object> work) throws Exception {
    try {
      return nested.execute(
          status -> {
            try {
              return work.call();
            } catch (RuntimeException unchecked) {
              throw unchecked;
            } catch (Exception checked) {
              throw new CheckedFailure(checked);
            }
          });
    } catch (CheckedFailure failure) {
      throw failure.checked;
    }
  }

  /**
   * Carries a checked exception through the transaction template, which only rolls back on
   * unchecked ones.
   */
  private static final class CheckedFailure extends RuntimeException {
    private final Exception checked;

    CheckedFailure(Exception checked) {
      super(checked);
      this.checked = checked;
    }
  }
}
