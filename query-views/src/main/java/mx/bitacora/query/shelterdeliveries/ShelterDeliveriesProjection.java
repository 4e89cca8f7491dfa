package mx.bitacora.query.shelterdeliveries;

import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects delivery events into each shelter's deliveries and each delivery's history. Runs in the
 * processor's transaction, so its writes and the token update commit together; every write is
 * idempotent, so events applied again (a replay, a retried batch) change nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.SHELTER_DELIVERIES)
@ProjectionTables({"shelter_delivery", "shelter_delivery_item", "delivery_history"})
@AnnouncesChanges(view = "delivery", changed = ShelterDeliveriesProjection.CHANGED_DELIVERY)
class ShelterDeliveriesProjection {

  static final String CHANGED_DELIVERY =
      "SELECT delivery_id AS id, receiving_shelter AS shelter,"
          + " ARRAY[funding_agency, receiving_agency] || delivering_agencies AS agencies"
          + " FROM shelter_delivery WHERE delivery_id::text = ?";

  private final ShelterDeliveryTable deliveries;
  private final DeliveryHistoryTable history;

  ShelterDeliveriesProjection(ShelterDeliveryTable deliveries, DeliveryHistoryTable history) {
    this.deliveries = deliveries;
    this.history = history;
  }

  @EventHandler
  void on(DeliveryPlannedEvent planned, RecordedEvent recorded) {
    deliveries.recordPlanned(planned, recorded);
    history.append(planned, recorded);
  }

  @EventHandler
  void on(DeliveryDispatchedEvent dispatched, RecordedEvent recorded) {
    deliveries.recordDispatched(dispatched, recorded);
    history.append(dispatched, recorded);
  }

  @EventHandler
  void on(DeliveryReceiptAcknowledgedEvent acknowledged, RecordedEvent recorded) {
    deliveries.recordAcknowledged(acknowledged, recorded);
    history.append(acknowledged, recorded);
  }

  @EventHandler
  void on(DeliveryVoidedEvent voided, RecordedEvent recorded) {
    deliveries.recordVoided(voided, recorded);
    history.append(voided, recorded);
  }

  @EventHandler
  void on(DeliveryFactCorrectedEvent corrected, RecordedEvent recorded) {
    deliveries.recordCorrected(corrected, recorded);
    history.append(corrected, recorded);
  }

  /** The kind of fact the voiding names, as the event says, decides the undo. */
  @EventHandler
  void on(DeliveryFactVoidedEvent voided, RecordedEvent recorded) {
    deliveries.recordFactVoided(voided, recorded);
    history.append(voided, recorded);
  }
}
