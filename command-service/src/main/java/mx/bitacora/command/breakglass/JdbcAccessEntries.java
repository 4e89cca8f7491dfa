package mx.bitacora.command.breakglass;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.bitacora.events.common.AgencyId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Asks {@code integrity.access_entry_reader} (V20__break_glass_reviews.sql, {@code SECURITY
 * DEFINER}), the only thing of the access log besides appending that this service's role may use.
 */
@Component
class JdbcAccessEntries implements AccessEntries {

  private final JdbcTemplate jdbc;

  JdbcAccessEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Reader> readerOf(long position) {
    return jdbc
        .query(
            "SELECT actor, break_glass, owning_agencies FROM integrity.access_entry_reader(?)",
            (row, n) ->
                new Reader(
                    row.getString("actor"),
                    row.getBoolean("break_glass"),
                    agencies(row.getArray("owning_agencies"))),
            position)
        .stream()
        .findFirst();
  }

  private static List<AgencyId> agencies(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray())
        .map(String.class::cast)
        .filter(AgencyId::isValid)
        .map(AgencyId::new)
        .toList();
  }
}
