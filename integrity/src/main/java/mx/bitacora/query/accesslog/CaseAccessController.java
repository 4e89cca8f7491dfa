package mx.bitacora.query.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who read which case: commission auditors query the whole access log (by case, actor, agency,
 * time, break-glass); agency staff see who accessed their own agency's cases, and nothing else.
 */
@RestController
// Written by the reads themselves, synchronously, before they answer: no processor feeds it.
@FedBy({})
@PreAuthorize("hasAnyRole('COMMISSION_AUDITOR','AGENCY_STAFF')")
class CaseAccessController {

  private final CaseAccessQueries queries;

  CaseAccessController(CaseAccessQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/access-log")
  @Operation(summary = "Page through the case access log (who read which case's details, and why)")
  public CaseAccessPage accessLog(
      @RequestParam(required = false) @Size(min = 1, max = 64) String caseReference,
      @RequestParam(required = false) AgencyId issuingAgency,
      @RequestParam(required = false) @Size(min = 1, max = 255) String actor,
      @RequestParam(required = false) AgencyId actorAgency,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Boolean breakGlass,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
      Actor caller) {
    // Staff see entries about their agency's cases only, whatever else they filter on.
    AgencyId scope = caller.has(Role.COMMISSION_AUDITOR) ? null : caller.agency();
    return queries.answer(
        new FindCaseAccessesQuery(
            caseReference,
            issuingAgency,
            actor,
            actorAgency,
            from,
            to,
            breakGlass,
            scope,
            page,
            size));
  }
}
