package mx.bitacora.query.tracking;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that may throw a checked exception in a {@link TransactionTemplate} (whose callback
 * cannot), rolling back on any exception and rethrowing the checked one as it was.
 */
public final class CheckedTransactions {

  /** Work done inside the transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(TransactionStatus status) throws Exception;
  }

  private CheckedTransactions() {}

  /** {@code work}'s answer, in a transaction of {@code transactions}. */
  public static <T> T execute(TransactionTemplate transactions, Work<T> work) throws Exception {
    try {
      return transactions.execute(
          status -> {
            try {
              return work.run(status);
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

  private static final class CheckedFailure extends RuntimeException {
    private final Exception checked;

    CheckedFailure(Exception checked) {
      super(checked);
      this.checked = checked;
    }
  }
}
