package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Single-number JDBC queries of the verifier. */
final class Queries {

  private Queries() {}

  /** The one number {@code sql} answers, with an optional position parameter. */
  static long count(Connection connection, String sql, Long position) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (position != null) {
        query.setLong(1, position);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
