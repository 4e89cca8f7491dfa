package mx.bitacora.query.shelterdeliveries;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryEvent;
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
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("occurredOn", planned.occurredOn());
    summary.put("projectId", planned.projectId());
    summary.put("fundingAgency", planned.fundingAgency());
    summary.put("deliveringAgencies", planned.deliveringAgencies());
    summary.put("receivingShelter", planned.receivingShelter());
    summary.put("receivingAgency", planned.receivingAgency());
    summary.put("items", planned.items());
    summary.put("witnesses", planned.witnesses());
    history.append(planned.deliveryId(), typeOf(planned), summary, recorded);
  }

  @EventHandler
  void on(DeliveryDispatchedEvent dispatched, RecordedEvent recorded) {
    deliveries.recordDispatched(dispatched, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("dispatchedOn", dispatched.dispatchedOn());
    history.append(dispatched.deliveryId(), typeOf(dispatched), summary, recorded);
  }

  @EventHandler
  void on(DeliveryReceiptAcknowledgedEvent acknowledged, RecordedEvent recorded) {
    deliveries.recordAcknowledged(acknowledged, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("receivedOn", acknowledged.receivedOn());
    summary.put("receivedBy", acknowledged.receivedBy());
    summary.put("discrepancies", acknowledged.discrepancies());
    history.append(acknowledged.deliveryId(), typeOf(acknowledged), summary, recorded);
  }

  @EventHandler
  void on(DeliveryVoidedEvent voided, RecordedEvent recorded) {
    deliveries.recordVoided(voided, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("reason", voided.reason());
    history.append(voided.deliveryId(), typeOf(voided), summary, recorded);
  }

  @EventHandler
  void on(DeliveryFactCorrectedEvent corrected, RecordedEvent recorded) {
    deliveries.recordCorrected(corrected, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("original", corrected.original());
    summary.put("originalKind", corrected.originalKind());
    summary.put("reason", corrected.reason());
    summary.put("businessDate", corrected.businessDate());
    if (corrected.items() != null) {
      summary.put("items", corrected.items());
    }
    if (corrected.discrepancies() != null) {
      summary.put("discrepancies", corrected.discrepancies());
    }
    history.append(corrected.deliveryId(), typeOf(corrected), summary, recorded);
  }

  /** The kind of fact the voiding names, as the event says, decides the undo. */
  @EventHandler
  void on(DeliveryFactVoidedEvent voided, RecordedEvent recorded) {
    deliveries.recordFactVoided(voided, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("original", voided.original());
    summary.put("originalKind", voided.originalKind());
    summary.put("reason", voided.reason());
    history.append(voided.deliveryId(), typeOf(voided), summary, recorded);
  }

  /** The history's name for an event: its type's simple name, e.g. {@code DeliveryPlannedEvent}. */
  private static String typeOf(DeliveryEvent event) {
    return event.getClass().getSimpleName();
  }
}
