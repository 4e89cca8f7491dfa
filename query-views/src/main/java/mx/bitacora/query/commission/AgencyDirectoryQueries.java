package mx.bitacora.query.commission;

import java.util.List;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the agency directory from the agencies projection's {@code agency} table, in one snapshot
 * (so the page and its total agree), ordered by name, then id.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class AgencyDirectoryQueries {

  private final NamedParameterJdbcTemplate jdbc;

  AgencyDirectoryQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  AgencyDirectoryPage answer(FindAgenciesQuery query) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("limit", query.size()).addValue("offset", query.offset());
    StringBuilder where = new StringBuilder(" FROM agency a WHERE TRUE");
    if (query.kind() != null) {
      where.append(" AND a.kind = :kind");
      parameters.addValue("kind", query.kind().name());
    }
    if (query.level() != null) {
      where.append(" AND a.level = :level");
      parameters.addValue("level", query.level().name());
    }
    if (query.state() != null) {
      where.append(" AND a.state = :state");
      parameters.addValue("state", query.state());
    }
    Long total = jdbc.queryForObject("SELECT count(*)" + where, parameters, Long.class);
    List<AgencyListing> agencies =
        jdbc.query(
            "SELECT a.agency_id, a.name, a.acronym, a.kind, a.level, a.state, a.active"
                + where
                + " ORDER BY a.name, a.agency_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(AgencyListing.class));
    long totalElements = total == null ? 0 : total;
    return new AgencyDirectoryPage(
        query.kind(),
        query.level(),
        query.state(),
        agencies,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }
}
