package mx.bitacora.query.inbox;

import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one agency's inbox: its notices joined with their reads, in one repeatable-read snapshot so
 * that the page, its total and the unread count agree.
 */
@Service
class InboxQueries {

  private static final String NOTICES =
      """
      FROM inbox_item i
      LEFT JOIN inbox_item_read r ON r.agency_id = i.agency_id AND r.item_id = i.item_id
      WHERE i.agency_id = :agency
      """;

  private final NamedParameterJdbcTemplate jdbc;

  InboxQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  InboxPage page(AgencyId agency, Boolean unread, int page, int size) {
    String filter =
        unread == null ? "" : unread ? " AND r.item_id IS NULL" : " AND r.item_id IS NOT NULL";
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("agency", agency.value())
            .addValue("limit", size)
            .addValue("offset", (long) page * size);
    List<InboxItem> items =
        jdbc.query(
            """
            SELECT i.item_id, i.kind, i.referral_id, i.review_id, i.finding_id, i.other_agency,
                i.urgency, i.recorded_at, i.business_time, i.due_on,
                r.item_id IS NOT NULL AS read, r.read_by, r.read_at
            """
                + NOTICES
                + filter
                + """
                 ORDER BY (r.item_id IS NOT NULL), i.recorded_at DESC, i.item_id
                 LIMIT :limit OFFSET :offset
                """,
            parameters,
            Rows.of(InboxItem.class));
    Long total = jdbc.queryForObject("SELECT count(*) " + NOTICES + filter, parameters, Long.class);
    Long unreadCount =
        jdbc.queryForObject(
            "SELECT count(*) " + NOTICES + " AND r.item_id IS NULL", parameters, Long.class);
    long totalElements = total == null ? 0 : total;
    return new InboxPage(
        unread,
        items,
        page,
        size,
        totalElements,
        (int) ((totalElements + size - 1) / size),
        unreadCount == null ? 0 : unreadCount);
  }
}
