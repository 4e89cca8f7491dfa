package mx.bitacora.query.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.bitacora.query.shelterdeliveries.DeliveryStatus;

/**
 * One project: its summary, beneficiary shelters, deliveries and training sessions under it with
 * their status, totals per shelter, and what is still pending.
 */
public record ProjectDetail(
    ProjectSummary project,
    List<Beneficiary> beneficiaries,
    List<Delivery> deliveries,
    List<Session> trainingSessions,
    List<ShelterTotals> shelters,
    Pending pending) {

  /** A shelter that is or was a beneficiary; {@code current} false once removed. */
  public record Beneficiary(String shelterId, boolean current) {}

  /**
   * A delivery under the project; {@code discrepancyLines} counts the lines whose acknowledged
   * quantity or note differs from the plan, null until acknowledged.
   */
  public record Delivery(
      String deliveryId,
      String receivingShelter,
      String receivingAgency,
      String fundingAgency,
      LocalDate occurredOn,
      DeliveryStatus status,
      LocalDate dispatchedOn,
      LocalDate receivedOn,
      Integer discrepancyLines) {}

  /** A training session under the project, with its standing completions. */
  public record Session(
      String trainingSessionId,
      String topic,
      String trainerAgency,
      String audience,
      LocalDate heldOn,
      BigDecimal hours,
      int capacity,
      SessionStatus status,
      long completions) {}

  /**
   * What one shelter received under the project: deliveries per status, and per material the
   * quantity planned and acknowledged (voided deliveries left out).
   */
  public record ShelterTotals(
      String shelterId,
      boolean beneficiary,
      Map<DeliveryStatus, Long> deliveriesByStatus,
      List<MaterialTotal> materials) {}

  /** One material (description and unit) summed over a shelter's deliveries. */
  public record MaterialTotal(
      String description, String unit, BigDecimal planned, BigDecimal acknowledged) {}

  /** Deliveries planned or dispatched but not acknowledged, and sessions not yet completed. */
  public record Pending(List<String> deliveries, List<String> trainingSessions) {}
}
