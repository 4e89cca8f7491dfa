package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.databind.ObjectMapper;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Appends each delivery event to the delivery's history, once: an event already in the history
 * (same delivery, same sequence number) is left as it is, so a replay adds nothing.
 */
@Repository
class DeliveryHistoryTable {

  static final String TABLE = "delivery_history";
  static final String ID_COLUMN = "delivery_id";

  private final EventHistory history;

  DeliveryHistoryTable(
      NamedParameterJdbcTemplate jdbc, ObjectMapper json, DeferredInserts appends) {
    this.history = new EventHistory(jdbc, json, TABLE, ID_COLUMN, appends);
  }

  void append(DeliveryEvent event, RecordedEvent recorded) {
    history.append(event.deliveryId().value(), event, recorded);
  }
}
