package mx.bitacora.query.shelters;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.smallcounts.SmallCounts;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network's directory of shelters, for every signed-in role: what each is, who operates it, its
 * capacity, the places its accepted referrals take and whether it takes referrals now. Never a
 * location: no read-model column holds the sealed one, and a refugio's municipality and state are
 * left out too ({@link ShelterDirectoryQueries}). A compliance reviewer sees places taken from 1 to
 * 4 as "<5" ({@link ShelterCounts}).
 */
@RestController
@Validated
@FedBy({ProcessingGroups.SHELTERS, ProcessingGroups.REFERRALS, ProcessingGroups.AGENCIES})
@PreAuthorize(
    "hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER','PLATFORM_ADMIN')")
class ShelterDirectoryController {

  private final ShelterDirectoryQueries queries;

  ShelterDirectoryController(ShelterDirectoryQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/shelters")
  @Operation(
      summary =
          "Page through the network's shelters, optionally by kind, state and operating agency")
  public ShelterDirectoryPage shelters(
      @RequestParam(required = false) ShelterKind kind,
      @RequestParam(required = false) @Size(min = 1, max = 60) String state,
      @RequestParam(required = false) AgencyId agency,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.answer(
        new FindSheltersQuery(kind, state, agency, page, size, SmallCounts.withheldFrom(actor)));
  }
}
