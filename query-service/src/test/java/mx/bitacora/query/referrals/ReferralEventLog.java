package mx.bitacora.query.referrals;

import java.util.Map;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.query.testing.AggregateEventLog;
import mx.bitacora.query.testing.NetworkEventLog;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends referral events (aggregate {@code Referral}, the referral id as aggregate id) and case
 * erasures (aggregate {@code CaseErasure}, the case reference) as the command side would.
 */
final class ReferralEventLog {

  private final AggregateEventLog log;

  ReferralEventLog(EventStore eventStore) {
    this.log = new AggregateEventLog(eventStore);
  }

  void append(ReferralEvent event, Map<String, Object> metaData) {
    log.append("Referral", event.referralId().toString(), event, metaData);
  }

  void append(CaseErasedEvent event, Map<String, Object> metaData) {
    log.append("CaseErasure", NetworkEventLog.streamIdOf(event), event, metaData);
  }
}
