package mx.bitacora.query.integrity;

import java.util.List;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code integrity.event_seal}: the chain, one row per log position, appended and never changed.
 */
final class SealTable {

  private final JdbcTemplate jdbc;

  SealTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The last seal of the chain, or {@link Seal#NONE} before the first. */
  Seal head() {
    return jdbc
        .query(
            "SELECT position, event_identifier, chain_hash FROM integrity.event_seal"
                + " ORDER BY position DESC LIMIT 1",
            Rows.of(Seal.class))
        .stream()
        .findFirst()
        .orElse(Seal.NONE);
  }

  void append(List<Seal> seals) {
    jdbc.batchUpdate(
        "INSERT INTO integrity.event_seal (position, event_identifier, chain_hash) VALUES (?, ?, ?)",
        seals,
        500,
        (statement, seal) -> {
          statement.setLong(1, seal.position());
          statement.setString(2, seal.eventIdentifier());
          statement.setBytes(3, seal.chainHash());
        });
  }
}
