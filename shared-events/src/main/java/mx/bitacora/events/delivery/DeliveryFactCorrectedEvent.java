package mx.bitacora.events.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * An earlier fact of the delivery is corrected, with the reason; the original stays as recorded and
 * this event names its kind ({@code originalKind}) and carries the corrected values in full. For a
 * corrected plan, {@code businessDate} is the delivery's date and {@code items} the corrected
 * lines; for a corrected dispatch, {@code businessDate} is the dispatch date; for a corrected
 * receipt, {@code businessDate} is the date of receipt and {@code discrepancies} the corrected
 * per-line quantities. Fields that do not apply to the original's kind are null. The actor is in
 * the event's metadata.
 */
@Revision("2")
public record DeliveryFactCorrectedEvent(
    DeliveryId deliveryId,
    CorrectedFact original,
    DeliveryFactKind originalKind,
    String reason,
    LocalDate businessDate,
    List<DeliveryItem> items,
    List<ItemDiscrepancy> discrepancies)
    implements DeliveryEvent {}
