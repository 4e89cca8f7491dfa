package mx.bitacora.query.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
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
    if (query.owningAgency() != null) {
      conditions.add(ownedBy(query.owningAgency(), query.caseReference(), parameters));
    } else if (query.caseReference() != null) {
      conditions.add("entry -> 'caseReferences' @> jsonb_build_array(:caseReference::text)");
      parameters.addValue("caseReference", query.caseReference());
    }
    if (query.issuingAgency() != null) {
      // The case issued by that agency: its reference (if given), its issuer, and (for staff)
      // their agency among its owners, all on the same case of the entry. Entries recorded before
      // cases named their issuer list it first among the owning agencies.
      List<String> onTheCase = new ArrayList<>();
      ObjectNode variables = JsonNodeFactory.instance.objectNode();
      if (query.caseReference() != null) {
        onTheCase.add("@.caseReference == $reference");
        variables.put("reference", query.caseReference());
      }
      if (query.owningAgency() != null) {
        onTheCase.add("@.owningAgencies[*] == $owner");
        variables.put("owner", query.owningAgency().value());
      }
      onTheCase.add(
          "(@.issuingAgency == $issuer"
              + " || (!exists(@.issuingAgency) && @.owningAgencies[0] == $issuer))");
      variables.put("issuer", query.issuingAgency().value());
      conditions.add(
          "jsonb_path_exists(entry -> 'cases', CAST(:casePath AS jsonpath),"
              + " CAST(:caseVariables AS jsonb))");
      parameters.addValue("casePath", "$[*] ? (" + String.join(" && ", onTheCase) + ")");
      parameters.addValue("caseVariables", variables.toString());
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
            // By hand: the entry is a JSON column, parsed and cut down for the caller's agency.
            (row, n) ->
                new CaseAccessPage.Entry(
                    row.getLong("position"),
                    shownTo(query.owningAgency(), parse(row.getString("entry")))));
    return new CaseAccessPage(entries, query.page(), query.size(), total);
  }

  /**
   * The condition that keeps entries about {@code agency}'s own cases (under {@code caseReference},
   * if given), or concerning it without a case: through the agency's own cases only, so another
   * agency's case in the same entry (a list read) neither matches a case filter nor shows.
   */
  private static String ownedBy(
      AgencyId agency, String caseReference, MapSqlParameterSource parameters) {
    String ownCase =
        "entry -> 'cases' @> jsonb_build_array(jsonb_build_object("
            + (caseReference != null ? "'caseReference', :caseReference::text, " : "")
            + "'owningAgencies', jsonb_build_array(:owningAgency::text)))";
    parameters.addValue("owningAgency", agency.value());
    parameters.addValue("caseReference", caseReference);
    return caseReference != null
        ? ownCase
        : "("
            + ownCase
            + " OR entry -> 'concernedAgencies' @> jsonb_build_array(:owningAgency::text))";
  }

  /**
   * Break-glass reads, newest first, with their review: every one for the commission ({@code
   * query.owningAgency()} null), those about its own cases for an agency. A read not reviewed
   * within the allowed days is {@code OVERDUE}.
   */
  BreakGlassReadsPage breakGlassReads(FindBreakGlassReadsQuery query) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    List<String> conditions = new ArrayList<>();
    conditions.add("(entry ->> 'breakGlass')::boolean");
    if (query.owningAgency() != null) {
      conditions.add(ownedBy(query.owningAgency(), null, parameters));
    }
    long dueMillis = query.now().minus(query.reviewWithin()).toEpochMilli();
    parameters.addValue("dueMillis", dueMillis);
    if (query.status() != null) {
      conditions.add(
          switch (query.status()) {
            case JUSTIFIED -> "review.justified IS TRUE";
            case NOT_JUSTIFIED -> "review.justified IS FALSE";
            case UNREVIEWED ->
                "review.access_position IS NULL"
                    + " AND (entry ->> 'accessedAtMillis')::bigint >= :dueMillis";
            case OVERDUE ->
                "review.access_position IS NULL"
                    + " AND (entry ->> 'accessedAtMillis')::bigint < :dueMillis";
          });
    }
    String from =
        " FROM integrity.access_log logged"
            + " LEFT JOIN break_glass_review review ON review.access_position = logged.position"
            + " WHERE "
            + String.join(" AND ", conditions);
    long total = jdbc.queryForObject("SELECT count(*)" + from, parameters, Long.class);
    parameters
        .addValue("limit", query.size())
        .addValue("offset", (long) query.page() * query.size());
    List<BreakGlassReadsPage.Read> reads =
        jdbc.query(
            "SELECT logged.position, entry::text AS entry, review.justified, review.reviewed_by,"
                + " review.reviewer_agency, review.reviewed_at"
                + from
                + " ORDER BY logged.position DESC LIMIT :limit OFFSET :offset",
            parameters,
            (row, n) -> {
              JsonNode entry = parse(row.getString("entry"));
              Instant accessedAt = Instant.ofEpochMilli(entry.path("accessedAtMillis").asLong());
              Instant dueBy = accessedAt.plus(query.reviewWithin());
              Boolean justified = (Boolean) row.getObject("justified");
              BreakGlassReadsPage.Review review =
                  justified == null
                      ? null
                      : new BreakGlassReadsPage.Review(
                          justified,
                          row.getString("reviewed_by"),
                          row.getString("reviewer_agency"),
                          row.getTimestamp("reviewed_at").toInstant());
              BreakGlassReviewStatus status =
                  review != null
                      ? (justified
                          ? BreakGlassReviewStatus.JUSTIFIED
                          : BreakGlassReviewStatus.NOT_JUSTIFIED)
                      : (accessedAt.toEpochMilli() < dueMillis
                          ? BreakGlassReviewStatus.OVERDUE
                          : BreakGlassReviewStatus.UNREVIEWED);
              return new BreakGlassReadsPage.Read(
                  row.getLong("position"),
                  status,
                  dueBy,
                  review,
                  shownTo(query.owningAgency(), entry));
            });
    return new BreakGlassReadsPage(
        reads, query.page(), query.size(), total, query.reviewWithin().toDays());
  }

  /**
   * The entry as {@code agency}'s staff may see it: only the cases of theirs it reached (every case
   * for the commission, {@code agency} null). The stored entry, which the chain covers, is
   * unchanged.
   */
  private static JsonNode shownTo(AgencyId agency, JsonNode entry) {
    ObjectNode shown = entry.deepCopy();
    // Stored flattened only for the indexes the filters use: the answer says each fact once.
    shown.remove(List.of("caseReferences", "accessedAtMillis"));
    if (agency == null) {
      return shown;
    }
    ArrayNode ownCases = JsonNodeFactory.instance.arrayNode();
    Set<String> owners = new LinkedHashSet<>();
    for (JsonNode reached : entry.path("cases")) {
      List<String> agencies = new ArrayList<>();
      reached.path("owningAgencies").forEach(owner -> agencies.add(owner.asText()));
      if (agencies.contains(agency.value())) {
        ownCases.add(reached);
        owners.addAll(agencies);
      }
    }
    boolean concerned = false;
    for (JsonNode other : entry.path("concernedAgencies")) {
      concerned |= other.asText().equals(agency.value());
    }
    if (concerned) {
      owners.add(agency.value());
    }
    shown.set("cases", ownCases);
    shown.set("concernedAgencies", textArray(concerned ? Set.of(agency.value()) : Set.of()));
    shown.set("owningAgencies", textArray(owners));
    return shown;
  }

  private static ArrayNode textArray(Set<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private JsonNode parse(String entry) {
    try {
      return json.readTree(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the access log holds JSON only", e);
    }
  }
}
