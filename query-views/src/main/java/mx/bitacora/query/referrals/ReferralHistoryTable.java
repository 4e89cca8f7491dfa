package mx.bitacora.query.referrals;

import com.fasterxml.jackson.databind.ObjectMapper;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Appends each referral event to the referral's history, once: an event already in the history
 * (same referral, same sequence number) is left as it is, so a replay adds nothing.
 */
@Repository
class ReferralHistoryTable {

  static final String TABLE = "referral_history";
  static final String ID_COLUMN = "referral_id";

  private final EventHistory history;

  ReferralHistoryTable(
      NamedParameterJdbcTemplate jdbc, ObjectMapper json, DeferredInserts appends) {
    this.history = new EventHistory(jdbc, json, TABLE, ID_COLUMN, appends);
  }

  void append(ReferralEvent event, RecordedEvent recorded) {
    history.append(event.referralId().value(), event, recorded);
  }
}
