package mx.bitacora.query.commission;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network's directory of agencies, for every signed-in role: who they are, of what kind and
 * level, in which state, whether still active. Nothing in it is about a case or another agency's
 * work, so every caller reads the same page.
 */
@RestController
@Validated
@FedBy(ProcessingGroups.AGENCIES)
@PreAuthorize(
    "hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER','PLATFORM_ADMIN')")
class AgencyDirectoryController {

  private final AgencyDirectoryQueries queries;

  AgencyDirectoryController(AgencyDirectoryQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/agencies")
  @Operation(summary = "Page through the network's agencies, optionally by kind, level and state")
  public AgencyDirectoryPage agencies(
      @RequestParam(required = false) AgencyKind kind,
      @RequestParam(required = false) AgencyLevel level,
      @RequestParam(required = false) @Size(min = 1, max = 60) String state,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return queries.answer(new FindAgenciesQuery(kind, level, state, page, size));
  }
}
