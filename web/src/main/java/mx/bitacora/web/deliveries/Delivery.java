package mx.bitacora.web.deliveries;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One delivery as {@code GET /deliveries/{id}} of query-service answers it: who funded, delivered
 * and received it, its business dates, status, lines, witnesses, who received it, and its history.
 */
record Delivery(
    String deliveryId,
    String receivingShelter,
    String receivingAgency,
    String fundingAgency,
    List<String> deliveringAgencies,
    String projectId,
    LocalDate occurredOn,
    String status,
    LocalDate dispatchedOn,
    LocalDate receivedOn,
    String voidReason,
    List<Line> items,
    List<Official> witnesses,
    Official receivedBy,
    List<Fact> history) {

  /** A line: what was planned and, once acknowledged, what arrived and any note. */
  record Line(
      int line,
      String description,
      String unit,
      BigDecimal plannedQuantity,
      BigDecimal acknowledgedQuantity,
      String discrepancyNote) {}

  /** An official named by title only, and their agency. */
  record Official(String title, String agency) {}

  /** A recorded fact of its history: type, log position, record time, who recorded it. */
  record Fact(
      long sequenceNumber,
      Long globalPosition,
      String type,
      JsonNode summary,
      Instant recordedAt,
      String actor,
      String actorAgency) {

    /** Whether it is a plan, dispatch or receipt, the facts a correction may name. */
    public boolean correctable() {
      return CorrectionForm.FactKind.of(type) != null;
    }

    /** When it was recorded, on the clock of central Mexico. */
    public java.time.LocalDateTime recordedInMexico() {
      return java.time.LocalDateTime.ofInstant(recordedAt, DeliveryPage.MEXICO);
    }
  }

  boolean deliveredBy(String agency) {
    return deliveringAgencies != null && deliveringAgencies.contains(agency);
  }

  /** The actions the page offers this agency; the service still decides on each. */
  public boolean canDispatch(String agency) {
    return "PLANNED".equals(status) && deliveredBy(agency);
  }

  public boolean canAcknowledge(String agency) {
    return "DISPATCHED".equals(status) && agency != null && agency.equals(receivingAgency);
  }

  public boolean canVoid(String agency) {
    return ("PLANNED".equals(status) || "DISPATCHED".equals(status)) && deliveredBy(agency);
  }
}
