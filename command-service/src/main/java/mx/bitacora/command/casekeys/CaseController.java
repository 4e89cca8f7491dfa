package mx.bitacora.command.casekeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.platform.openapi.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erases victims' cases. Only platform administrators may: key management is their job, they read
 * no case data, and auditors, who see everything, cannot also destroy it. A case is its issuing
 * agency's, so the erasure names that agency: another agency's case under the same reference is not
 * touched.
 */
@RestController
@RequestMapping("/cases")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Cases", description = "Erasure of a victim's case data")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE"})
@Problem(
    status = 404,
    codes = {"CASE_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {"CASE_ALREADY_ERASED"})
class CaseController {

  private final CommandSender commands;

  CaseController(CommandSender commands) {
    this.commands = commands;
  }

  @PostMapping("/{caseReference}/erase")
  @Operation(summary = "Destroy the case's data key: its victim details become unreadable forever")
  Erased erase(@PathVariable CaseReference caseReference, @RequestParam AgencyId issuingAgency) {
    commands.create(
        new EraseCaseCommand(new AgencyCase(issuingAgency, caseReference)),
        new Subject(CaseProblem.CASE_NOT_FOUND, CaseProblem.CASE_ALREADY_RECORDED),
        caseReference);
    return new Erased(caseReference, issuingAgency);
  }

  /** What the erase command answers: the case it erased, and whose it was. */
  record Erased(CaseReference caseReference, AgencyId issuingAgency) {}
}
