package mx.bitacora.query.rows;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeConverter;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row onto a record by its components' names ({@code receivingShelter} from {@code
 * receiving_shelter}), converting columns into the events' typed ids ({@link TypedIds}), enums,
 * instants, durations and lists: what every hand-written {@code rs.get…} mapping did.
 *
 * <ul>
 *   <li>A component of a record type that no column names is a nested value, read from the columns
 *       its own components name after the component's name and an underscore ({@code consent} from
 *       {@code consent_given_on} and {@code consent_scope}); it is null when all of them are.
 *   <li>An {@link Instant} reads a {@code timestamptz}, or ISO-8601 text (as Axon keeps its times).
 *   <li>A {@link Duration} reads a number of seconds ({@code extract(epoch FROM …)}).
 *   <li>A {@link YearMonth} reads a date, the month it falls in.
 *   <li>A {@link List} reads an SQL array, its elements converted like columns; null reads empty.
 * </ul>
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

  /**
   * Spring's record mapper, reading each column as the JDBC driver gives it before converting; it
   * builds the record itself (component by component, nested values included) where Spring's would
   * ask for one column per component.
   */
  private static final class RecordRowMapper<T> extends DataClassRowMapper<T> {

    private final Class<T> type;

    RecordRowMapper(Class<T> type) {
      super(type);
      this.type = type;
      setConversionService(CONVERSIONS);
    }

    @Override
    protected T constructMappedInstance(ResultSet rs, TypeConverter tc) throws SQLException {
      return type.cast(record(type, "", columns(rs), rs, tc));
    }

    /** {@code type} from the columns named after {@code prefix}; null if nested and all null. */
    private Object record(
        Class<?> type, String prefix, Map<String, Integer> columns, ResultSet rs, TypeConverter tc)
        throws SQLException {
      RecordComponent[] components = type.getRecordComponents();
      Constructor<?> canonical = canonical(type, components);
      Object[] arguments = new Object[components.length];
      boolean anyValue = false;
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        Integer index = columns.get(prefix + lowerCaseName(name));
        if (index == null) {
          index = columns.get(prefix + underscoreName(name));
        }
        if (index != null) {
          TypeDescriptor target = new TypeDescriptor(new MethodParameter(canonical, i));
          Object value = getColumnValue(rs, index, target.getType());
          arguments[i] = tc.convertIfNecessary(value, target.getType(), target);
        } else if (components[i].getType().isRecord()) {
          arguments[i] =
              record(components[i].getType(), prefix + underscoreName(name) + "_", columns, rs, tc);
        } else {
          throw new InvalidDataAccessApiUsageException(
              "no column " + prefix + underscoreName(name) + " for " + type.getName());
        }
        anyValue |= arguments[i] != null;
      }
      return !prefix.isEmpty() && !anyValue
          ? null
          : BeanUtils.instantiateClass(canonical, arguments);
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType)
        throws SQLException {
      if (paramType == Instant.class) {
        if (isText(rs.getMetaData().getColumnType(index))) {
          String text = rs.getString(index);
          return text == null ? null : Instant.parse(text);
        }
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
      }
      if (paramType == Duration.class) {
        BigDecimal seconds = rs.getBigDecimal(index);
        return seconds == null
            ? null
            : Duration.ofNanos(seconds.movePointRight(9).toBigInteger().longValueExact());
      }
      if (paramType == YearMonth.class) {
        LocalDate date = rs.getObject(index, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
      }
      if (Collection.class.isAssignableFrom(paramType)) {
        Array array = rs.getArray(index);
        return array == null ? List.of() : Arrays.asList((Object[]) array.getArray());
      }
      if (paramType.isRecord() || paramType.isEnum()) {
        // The driver cannot read these itself; asking it to would cost an exception per column.
        return JdbcUtils.getResultSetValue(rs, index);
      }
      return super.getColumnValue(rs, index, paramType);
    }

    private static boolean isText(int sqlType) {
      return sqlType == Types.VARCHAR || sqlType == Types.CHAR || sqlType == Types.LONGVARCHAR;
    }

    /** The row's columns by lower-case label, each at its first position. */
    private static Map<String, Integer> columns(ResultSet rs) throws SQLException {
      ResultSetMetaData metaData = rs.getMetaData();
      Map<String, Integer> columns = new HashMap<>();
      for (int index = 1; index <= metaData.getColumnCount(); index++) {
        columns.putIfAbsent(
            JdbcUtils.lookupColumnName(metaData, index).toLowerCase(Locale.ROOT), index);
      }
      return columns;
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
      try {
        return type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }
  }
}
