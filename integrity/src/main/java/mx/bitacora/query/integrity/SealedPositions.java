package mx.bitacora.query.integrity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mx.bitacora.query.tracking.SettledPositions;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seal chain as settled positions: the sealer extends it in position order and seals a hole
 * only once no transaction can still fill it. Where nothing seals (the {@code axonserver} profile)
 * the chain stays empty and nothing counts as settled.
 */
@Component
class SealedPositions implements SettledPositions {

  private final NamedParameterJdbcTemplate jdbc;

  SealedPositions(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long settledThrough() {
    return jdbc.getJdbcTemplate()
        .queryForObject("SELECT coalesce(max(position), 0) FROM integrity.event_seal", Long.class);
  }

  @Override
  public Set<Long> holesAmong(Collection<Long> positions) {
    if (positions.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT position FROM integrity.event_seal"
                + " WHERE event_identifier IS NULL AND position IN (:positions)",
            Map.of("positions", positions),
            Long.class));
  }
}
