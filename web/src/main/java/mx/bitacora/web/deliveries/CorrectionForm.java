package mx.bitacora.web.deliveries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.web.deliveries.ReceiptForm.ReceivedLine;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;

/**
 * A correction of one recorded fact of a delivery, as the form holds it: the reason, and the values
 * that apply to the fact's kind (the plan's date and quantities, the dispatch date, or the
 * receipt's date and what arrived per line). The original stays as recorded; the correction is a
 * new fact naming it.
 */
public class CorrectionForm {

  private String reason;
  private String occurredOn;
  private String dispatchedOn;
  private String receivedOn;
  private List<ReceivedLine> lines = new ArrayList<>();
  private String formKey = FormKey.fresh();

  /** A form holding what {@code fact} of {@code delivery} recorded, ready to be changed. */
  static CorrectionForm of(Delivery delivery, Delivery.Fact fact) {
    CorrectionForm form = new CorrectionForm();
    form.occurredOn = String.valueOf(delivery.occurredOn());
    form.dispatchedOn = delivery.dispatchedOn() == null ? null : delivery.dispatchedOn().toString();
    form.receivedOn = delivery.receivedOn() == null ? null : delivery.receivedOn().toString();
    for (Delivery.Line line : delivery.items()) {
      ReceivedLine row = new ReceivedLine();
      row.setLine(line.line());
      row.setPlanned(line.plannedQuantity());
      boolean acknowledged = line.acknowledgedQuantity() != null;
      row.setReceived(
          (acknowledged ? line.acknowledgedQuantity() : line.plannedQuantity()).toPlainString());
      row.setNote(line.discrepancyNote());
      form.lines.add(row);
    }
    return form;
  }

  /** The body of {@code POST /deliveries/{id}/corrections} for a fact of {@code kind}. */
  Map<String, Object> body(long sequenceNumber, FactKind kind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("originalSequenceNumber", sequenceNumber);
    body.put("reason", FormValues.text(reason));
    switch (kind) {
      case PLANNED -> {
        body.put("occurredOn", FormValues.text(occurredOn));
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (ReceivedLine row : lines) {
          quantities.add(Map.of("line", row.getLine(), "quantity", quantityOf(row)));
        }
        body.put("quantities", quantities);
      }
      case DISPATCHED -> body.put("dispatchedOn", FormValues.text(dispatchedOn));
      case RECEIVED -> {
        body.put("receivedOn", FormValues.text(receivedOn));
        body.put("discrepancies", ReceiptForm.discrepancies(lines));
      }
    }
    return body;
  }

  private static Object quantityOf(ReceivedLine row) {
    Object quantity = FormValues.number(row.getReceived());
    return quantity == null ? "" : quantity;
  }

  /** The kinds of delivery fact a correction can name, by the event that recorded them. */
  enum FactKind {
    PLANNED,
    DISPATCHED,
    RECEIVED;

    /** The kind of a fact of that event type; null for one that cannot be corrected. */
    static FactKind of(String eventType) {
      return switch (eventType) {
        case "DeliveryPlannedEvent" -> PLANNED;
        case "DeliveryDispatchedEvent" -> DISPATCHED;
        case "DeliveryReceiptAcknowledgedEvent" -> RECEIVED;
        default -> null;
      };
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(String occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getDispatchedOn() {
    return dispatchedOn;
  }

  public void setDispatchedOn(String dispatchedOn) {
    this.dispatchedOn = dispatchedOn;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public List<ReceivedLine> getLines() {
    return lines;
  }

  public void setLines(List<ReceivedLine> lines) {
    this.lines = lines;
  }

  public String getFormKey() {
    return formKey;
  }

  public void setFormKey(String formKey) {
    this.formKey = formKey;
  }
}
