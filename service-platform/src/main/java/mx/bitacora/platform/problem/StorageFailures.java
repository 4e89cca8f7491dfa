package mx.bitacora.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (connection refused or lost, pool exhausted) from other
 * failures, wherever in its causes Axon or Spring wrapped it: such a failure is answered 503 with
 * Retry-After, not 500.
 */
public final class StorageFailures {

  /** How long a client is asked to wait before trying again, in seconds. */
  public static final String RETRY_AFTER_SECONDS = "5";

  /** The stand-in HikariCP gives a connection it evicted; its SQLException carries no SQLState. */
  private static final String HIKARI_CLOSED_CONNECTION =
      "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

  private StorageFailures() {}

  /** Whether {@code failure}, or any of its causes, is a failure to reach the database. */
  public static boolean isUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || (cause instanceof SQLException sql && isConnectionFailure(sql))) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(SQLException failure) {
    String state = failure.getSQLState();
    if (state != null) {
      return state.startsWith("08");
    }
    return Arrays.stream(failure.getStackTrace())
        .anyMatch(frame -> frame.getClassName().startsWith(HIKARI_CLOSED_CONNECTION));
  }
}
