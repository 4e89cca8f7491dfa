package mx.bitacora.platform.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique violation (SQLSTATE 23505) anywhere in a failure's causes, so Axon
 * reports a taken aggregate id or sequence number as a concurrency conflict, not a crash.
 */
final class PostgresUniqueViolation implements PersistenceExceptionResolver {

  private static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUniqueViolation(SQLException failure) {
    for (SQLException next = failure; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
