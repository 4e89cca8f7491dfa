package mx.bitacora.query.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.shelterdeliveries.DeliveryStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the project queries from the read model in one snapshot (repeatable read): the project
 * and its beneficiaries from the projects view, its deliveries from the shelter deliveries view,
 * its sessions' cancellations and completions from the training view. What the caller may see is
 * part of the WHERE clause, so a project outside it is indistinguishable from an unknown one.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ProjectsQueries {

  /** The project's sessions, whether each was cancelled, and its standing completions. */
  private static final String SESSIONS =
      """
      SELECT t.*, coalesce(s.cancelled, FALSE) AS cancelled,
             (SELECT count(*) FROM training_completion c
              WHERE c.training_session_id = t.training_session_id AND NOT c.voided) AS completions
      FROM project_training_session t
      LEFT JOIN training_session s USING (training_session_id)
      """;

  private static final String SUMMARY_COLUMNS =
      """
      p.project_id, p.name, p.funder_agency, p.implementer_agency, p.coordinator_agency,
      p.starts_on, p.ends_on, p.closed_on,
      CASE WHEN p.closed_on IS NULL THEN 'OPEN' ELSE 'CLOSED' END AS status,
      (SELECT count(*) FROM project_beneficiary b
       WHERE b.project_id = p.project_id AND NOT b.removed) AS beneficiaries,
      (SELECT count(*) FROM shelter_delivery d
       WHERE d.project_id = p.project_id AND d.status <> 'VOIDED') AS deliveries,
      (SELECT count(*) FROM shelter_delivery d
       WHERE d.project_id = p.project_id AND d.status IN ('PLANNED', 'DISPATCHED'))
        AS pending_deliveries,
      (SELECT count(*) FROM project_training_session t
       WHERE t.project_id = p.project_id) AS training_sessions,
      (SELECT count(*) FROM (%s) x
       WHERE x.project_id = p.project_id AND NOT x.cancelled AND x.completions = 0)
        AS pending_training_sessions
      """
          .formatted(SESSIONS);

  private final NamedParameterJdbcTemplate jdbc;

  ProjectsQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ProjectsPage answer(FindProjectsQuery query) {
    MapSqlParameterSource parameters =
        query
            .visibility()
            .bind(new MapSqlParameterSource("limit", query.size()))
            .addValue("offset", query.offset());
    String where =
        " FROM project p WHERE "
            + query.visibility().condition()
            + (query.status() == null
                ? ""
                : query.status() == ProjectStatus.OPEN
                    ? " AND p.closed_on IS NULL"
                    : " AND p.closed_on IS NOT NULL");
    Long total = jdbc.queryForObject("SELECT count(*)" + where, parameters, Long.class);
    List<ProjectSummary> projects =
        jdbc.query(
            "SELECT "
                + SUMMARY_COLUMNS
                + where
                + " ORDER BY p.starts_on DESC NULLS LAST, p.project_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(ProjectSummary.class));
    long totalElements = total == null ? 0 : total;
    return new ProjectsPage(
        query.status(),
        projects,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  ProjectDetail answer(ProjectId projectId, ProjectVisibility visibility) {
    MapSqlParameterSource parameters =
        visibility.bind(new MapSqlParameterSource("projectId", projectId.value()));
    List<ProjectSummary> found =
        jdbc.query(
            "SELECT "
                + SUMMARY_COLUMNS
                + " FROM project p WHERE p.project_id = :projectId AND "
                + visibility.condition(),
            parameters,
            Rows.of(ProjectSummary.class));
    if (found.isEmpty()) {
      throw new RejectedException(ProjectsProblem.PROJECT_NOT_FOUND, projectId);
    }
    List<ProjectDetail.Beneficiary> beneficiaries =
        jdbc.query(
            "SELECT shelter_id, NOT removed AS current FROM project_beneficiary"
                + " WHERE project_id = :projectId ORDER BY shelter_id",
            parameters,
            Rows.of(ProjectDetail.Beneficiary.class));
    List<ProjectDetail.Delivery> deliveries = deliveries(parameters);
    List<ProjectDetail.Session> sessions =
        jdbc.query(
            "SELECT x.training_session_id, x.topic, x.trainer_agency, x.audience, x.held_on,"
                + " trim_scale(x.hours) AS hours, x.capacity, CASE WHEN x.cancelled THEN 'CANCELLED'"
                + " WHEN x.completions > 0 THEN 'COMPLETED' ELSE 'SCHEDULED' END AS status,"
                + " x.completions FROM ("
                + SESSIONS
                + ") x WHERE x.project_id = :projectId ORDER BY x.held_on, x.training_session_id",
            parameters,
            Rows.of(ProjectDetail.Session.class));
    return new ProjectDetail(
        found.get(0),
        beneficiaries,
        deliveries,
        sessions,
        shelters(beneficiaries, deliveries, parameters),
        new ProjectDetail.Pending(
            deliveries.stream()
                .filter(
                    d ->
                        d.status() == DeliveryStatus.PLANNED
                            || d.status() == DeliveryStatus.DISPATCHED)
                .map(ProjectDetail.Delivery::deliveryId)
                .toList(),
            sessions.stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED)
                .map(ProjectDetail.Session::trainingSessionId)
                .toList()));
  }

  private List<ProjectDetail.Delivery> deliveries(MapSqlParameterSource parameters) {
    return jdbc.query(
        """
        SELECT d.delivery_id, d.receiving_shelter, d.receiving_agency, d.funding_agency,
               d.occurred_on, d.status, d.dispatched_on, d.received_on,
               CASE WHEN d.status = 'ACKNOWLEDGED' THEN (
                 SELECT count(*)::integer FROM shelter_delivery_item i
                 WHERE i.delivery_id = d.delivery_id
                   AND (i.acknowledged_quantity <> i.planned_quantity
                        OR i.discrepancy_note IS NOT NULL)) END AS discrepancy_lines
        FROM shelter_delivery d
        WHERE d.project_id = :projectId
        ORDER BY d.occurred_on, d.delivery_id
        """,
        parameters,
        Rows.of(ProjectDetail.Delivery.class));
  }

  /** Every shelter that is or was a beneficiary or received a delivery, ordered by id. */
  private List<ProjectDetail.ShelterTotals> shelters(
      List<ProjectDetail.Beneficiary> beneficiaries,
      List<ProjectDetail.Delivery> deliveries,
      MapSqlParameterSource parameters) {
    Map<String, Boolean> beneficiary = new TreeMap<>();
    beneficiaries.forEach(b -> beneficiary.put(b.shelterId(), b.current()));
    Map<String, Map<DeliveryStatus, Long>> statuses = new TreeMap<>();
    beneficiary.keySet().forEach(shelter -> statuses.put(shelter, zeros()));
    for (ProjectDetail.Delivery delivery : deliveries) {
      statuses
          .computeIfAbsent(delivery.receivingShelter(), shelter -> zeros())
          .merge(delivery.status(), 1L, Long::sum);
    }
    Map<String, List<ProjectDetail.MaterialTotal>> materials = new TreeMap<>();
    jdbc.query(
            """
        SELECT d.receiving_shelter, i.description AS material_description,
               i.unit AS material_unit, trim_scale(sum(i.planned_quantity)) AS material_planned,
               trim_scale(coalesce(sum(i.acknowledged_quantity), 0)) AS material_acknowledged
        FROM shelter_delivery d
        JOIN shelter_delivery_item i USING (delivery_id)
        WHERE d.project_id = :projectId AND d.status <> 'VOIDED'
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """,
            parameters,
            Rows.of(ShelterMaterial.class))
        .forEach(
            row ->
                materials
                    .computeIfAbsent(row.receivingShelter(), shelter -> new ArrayList<>())
                    .add(row.material()));
    List<ProjectDetail.ShelterTotals> shelters = new ArrayList<>();
    statuses.forEach(
        (shelter, counts) ->
            shelters.add(
                new ProjectDetail.ShelterTotals(
                    shelter,
                    beneficiary.getOrDefault(shelter, false),
                    counts,
                    materials.getOrDefault(shelter, List.of()))));
    return shelters;
  }

  private static Map<DeliveryStatus, Long> zeros() {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, 0L);
    }
    return counts;
  }

  /** One material's totals over the deliveries to {@code receivingShelter}. */
  private record ShelterMaterial(String receivingShelter, ProjectDetail.MaterialTotal material) {}
}
