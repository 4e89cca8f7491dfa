package mx.bitacora.query.rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row onto a record by its components' names ({@code receivingShelter} from {@code
 * receiving_shelter}), converting columns into the events' typed ids ({@link TypedIds}), enums and
 * instants: what every hand-written {@code rs.get…} mapping did.
 */
public final class Rows {

  private static final DefaultConversionService CONVERSIONS = conversions();

  private Rows() {}

  /** A mapper of rows onto {@code type}, a record whose components name the query's columns. */
  public static <T> RowMapper<T> of(Class<T> type) {
    return new RecordRowMapper<>(type);
  }

  private static DefaultConversionService conversions() {
    DefaultConversionService conversions = new DefaultConversionService();
    conversions.addConverter(new TypedIds());
    return conversions;
  }

  /** Spring's record mapper, reading each column as the JDBC driver gives it before converting. */
  private static final class RecordRowMapper<T> extends DataClassRowMapper<T> {

    RecordRowMapper(Class<T> type) {
      super(type);
      setConversionService(CONVERSIONS);
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType)
        throws SQLException {
      if (paramType == Instant.class) {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
      }
      if (paramType.isRecord() || paramType.isEnum()) {
        // The driver cannot read these itself; asking it to would cost an exception per column.
        return JdbcUtils.getResultSetValue(rs, index);
      }
      return super.getColumnValue(rs, index, paramType);
    }
  }
}
