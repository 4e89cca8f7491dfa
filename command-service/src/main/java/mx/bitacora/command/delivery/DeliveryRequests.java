package mx.bitacora.command.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;

/** The JSON bodies of the delivery endpoints, validated before any command is sent. */
final class DeliveryRequests {

  private DeliveryRequests() {}

  /** Body of {@code POST /deliveries}. */
  record PlanDelivery(
      @NotNull DeliveryId deliveryId,
      ProjectId projectId,
      @NotNull AgencyId fundingAgency,
      @NotEmpty @Size(max = 20) List<@NotNull AgencyId> deliveringAgencies,
      @NotNull ShelterId receivingShelter,
      @NotNull AgencyId receivingAgency,
      @NotNull LocalDate occurredOn,
      @NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items,
      @Size(max = 50) List<@NotNull @Valid Witness> witnesses) {}

  /** One line of a planned delivery. */
  record Item(
      @NotBlank @Size(max = 300) String description,
      @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
      @NotBlank @Size(max = 40) String unit) {}

  /** An official who witnessed the delivery, by title (never a personal name) and agency. */
  record Witness(@NotBlank @Size(max = 200) String title, @NotNull AgencyId agency) {}

  /** Body of {@code POST /deliveries/{id}/dispatch}. */
  record Dispatch(@NotNull LocalDate dispatchedOn) {}

  /** Body of {@code POST /deliveries/{id}/receipt}. */
  record AcknowledgeReceipt(
      @NotBlank @Size(max = 200) String receivedByTitle,
      @NotNull LocalDate receivedOn,
      @Size(max = 500) List<@NotNull @Valid Discrepancy> discrepancies) {}

  /** What arrived of one line when it differs from the plan. */
  record Discrepancy(
      @Positive int line,
      @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 3) BigDecimal receivedQuantity,
      @Size(max = 500) String note) {}

  /** Body of {@code POST /deliveries/{id}/void}. */
  record Void(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * Body of {@code POST /deliveries/{id}/corrections}: the original's sequence number, the reason,
   * and only the fields that apply to the original's kind (absent ones keep their recorded value).
   */
  record Correction(
      @NotNull @PositiveOrZero Long originalSequenceNumber,
      @NotBlank @Size(max = 1000) String reason,
      LocalDate occurredOn,
      @Size(max = 500) List<@NotNull @Valid LineQuantity> quantities,
      LocalDate dispatchedOn,
      LocalDate receivedOn,
      @Size(max = 500) List<@NotNull @Valid Discrepancy> discrepancies) {}

  /** The corrected planned quantity of one line. */
  record LineQuantity(
      @Positive int line,
      @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity) {}

  /** Body of {@code POST /deliveries/{id}/voided-facts}: which fact no longer counts, and why. */
  record VoidFact(
      @NotNull @PositiveOrZero Long originalSequenceNumber,
      @NotBlank @Size(max = 1000) String reason) {}

  /** What a delivery command answers: the delivery it acted on. */
  record Accepted(DeliveryId deliveryId) {}
}
