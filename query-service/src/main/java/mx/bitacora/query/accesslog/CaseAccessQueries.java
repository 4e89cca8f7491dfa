package mx.bitacora.query.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Answers access-log queries; every filter is part of the SQL, including the agency's scope. */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class CaseAccessQueries {

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  CaseAccessQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  CaseAccessPage answer(FindCaseAccessesQuery query) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    List<String> conditions = new ArrayList<>();
    if (query.caseReference() != null) {
      conditions.add("entry -> 'caseReferences' @> jsonb_build_array(:caseReference::text)");
      parameters.addValue("caseReference", query.caseReference());
    }
    if (query.owningAgency() != null) {
      conditions.add("entry -> 'owningAgencies' @> jsonb_build_array(:owningAgency::text)");
      parameters.addValue("owningAgency", query.owningAgency().value());
    }
    if (query.actor() != null) {
      conditions.add("entry ->> 'actor' = :actor");
      parameters.addValue("actor", query.actor());
    }
    if (query.actorAgency() != null) {
      conditions.add("entry ->> 'actorAgency' = :actorAgency");
      parameters.addValue("actorAgency", query.actorAgency().value());
    }
    if (query.from() != null) {
      conditions.add("(entry ->> 'accessedAtMillis')::bigint >= :from");
      parameters.addValue("from", query.from().toEpochMilli());
    }
    if (query.to() != null) {
      conditions.add("(entry ->> 'accessedAtMillis')::bigint < :to");
      parameters.addValue("to", query.to().toEpochMilli());
    }
    if (query.breakGlass() != null) {
      conditions.add("(entry ->> 'breakGlass')::boolean = :breakGlass");
      parameters.addValue("breakGlass", query.breakGlass());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total =
        jdbc.queryForObject(
            "SELECT count(*) FROM integrity.access_log" + where, parameters, Long.class);
    parameters
        .addValue("limit", query.size())
        .addValue("offset", (long) query.page() * query.size());
    List<CaseAccessPage.Entry> entries =
        jdbc.query(
            "SELECT position, entry::text AS entry FROM integrity.access_log"
                + where
                + " ORDER BY position DESC LIMIT :limit OFFSET :offset",
            parameters,
            (row, n) ->
                new CaseAccessPage.Entry(row.getLong("position"), parse(row.getString("entry"))));
    return new CaseAccessPage(entries, query.page(), query.size(), total);
  }

  private com.fasterxml.jackson.databind.JsonNode parse(String entry) {
    try {
      return json.readTree(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the access log holds JSON only", e);
    }
  }
}
