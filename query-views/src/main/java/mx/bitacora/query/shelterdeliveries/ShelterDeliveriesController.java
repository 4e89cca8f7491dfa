package mx.bitacora.query.shelterdeliveries;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets agency staff, auditors and compliance reviewers read a shelter's deliveries and a delivery's
 * detail with its full history; staff see only deliveries their agency is part of.
 */
@RestController
@FedBy(ProcessingGroups.SHELTER_DELIVERIES)
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"DELIVERY_NOT_FOUND"})
class ShelterDeliveriesController {

  private final ShelterDeliveriesQueries queries;

  ShelterDeliveriesController(ShelterDeliveriesQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/shelters/{shelterId}/deliveries")
  @Operation(summary = "Page through the deliveries to a shelter")
  public ShelterDeliveriesPage shelterDeliveries(
      @PathVariable ShelterId shelterId,
      @RequestParam(required = false) DeliveryStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.answer(
        new FindShelterDeliveriesQuery(
            shelterId, status, page, size, DeliveryVisibility.of(actor)));
  }

  @GetMapping("/deliveries/{deliveryId}")
  @Operation(summary = "Read one delivery with its lines and history")
  public DeliveryDetail delivery(@PathVariable DeliveryId deliveryId, Actor actor) {
    return queries.answer(new FindDeliveryQuery(deliveryId, DeliveryVisibility.of(actor)));
  }
}
