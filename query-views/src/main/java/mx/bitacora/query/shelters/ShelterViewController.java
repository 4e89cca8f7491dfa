package mx.bitacora.query.shelters;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the shelter's operating agency's staff, auditors and compliance reviewers read the shelter
 * view and its acknowledged lines; any other agency's staff find no such shelter.
 */
@RestController
@FedBy({
  ProcessingGroups.SHELTERS,
  ProcessingGroups.SHELTER_DELIVERIES,
  ProcessingGroups.REFERRALS,
  ProcessingGroups.TRAINING,
  ProcessingGroups.ENROLMENTS
})
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"SHELTER_NOT_FOUND"})
class ShelterViewController {

  private final ShelterViewQueries queries;

  ShelterViewController(ShelterViewQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/shelters/{shelterId}")
  @Operation(summary = "Read a shelter with its capacity and the materials it received in a period")
  public ShelterView shelter(
      @PathVariable ShelterId shelterId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      Actor actor) {
    return queries.answer(
        new FindShelterQuery(shelterId, new ReceiptPeriod(from, to), ShelterReader.of(actor)));
  }

  @GetMapping("/shelters/{shelterId}/materials")
  @Operation(summary = "Page through the materials a shelter received")
  public ShelterMaterialsPage materials(
      @PathVariable ShelterId shelterId,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Actor actor) {
    return queries.answer(
        new FindShelterMaterialsQuery(
            shelterId, item, new ReceiptPeriod(from, to), page, size, ShelterReader.of(actor)));
  }
}
