package mx.bitacora.command.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import mx.bitacora.events.referral.CasePurpose;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.accesslog.BreakGlassReason;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a referral's sealed victim details and case notes, here because only command-service holds
 * the cases' keys. Roles are checked by {@link ReferralDetailsReads}, not by method security, so
 * that every refused attempt is recorded in the access log like every read.
 */
@RestController
@Tag(name = "Referrals", description = "Referrals (canalizaciones) of victims between agencies")
@Problem(
    status = 400,
    codes = {"BREAK_GLASS_REASON_TOO_LONG"})
@Problem(
    status = 403,
    codes = {
      "ACTING_AGENCY_NOT_ACTIVE",
      "BREAK_GLASS_REASON_REQUIRED",
      "CONSENT_EXPIRED",
      "CONSENT_WITHDRAWN",
      "FORBIDDEN",
      "PURPOSE_NOT_COVERED_BY_CONSENT",
      "REFERRAL_NOT_OPEN_TO_RECEIVER"
    })
@Problem(
    status = 404,
    codes = {"REFERRAL_NOT_FOUND"})
@Problem(
    status = 410,
    codes = {"CASE_DATA_ERASED"})
@Problem(
    status = 503,
    codes = {"ACCESS_NOT_RECORDED"})
class ReferralDetailsController {

  private final ReferralDetailsReads reads;

  ReferralDetailsController(ReferralDetailsReads reads) {
    this.reads = reads;
  }

  @GetMapping("/referrals/{referralId}/victim-details")
  @Operation(
      summary =
          "Read the referral's sealed victim details for a stated purpose (issuer; receiver within"
              + " the consent; auditors by break-glass); recorded in the access log")
  ResponseEntity<ReferralDetailsReads.OpenedDetails> victimDetails(
      @PathVariable ReferralId referralId,
      @RequestParam CasePurpose purpose,
      @RequestHeader(name = BreakGlassReason.HEADER, required = false) String breakGlassReason,
      Actor actor) {
    Optional<String> reason = BreakGlassReason.from(breakGlassReason);
    return notStored(reads.victimDetails(referralId, purpose, reason, actor));
  }

  @GetMapping("/referrals/{referralId}/case-notes")
  @Operation(
      summary =
          "Read the receiver's sealed case notes for a stated purpose (both parties within the"
              + " consent; auditors by break-glass); recorded in the access log")
  ResponseEntity<ReferralDetailsReads.OpenedNotes> caseNotes(
      @PathVariable ReferralId referralId,
      @RequestParam CasePurpose purpose,
      @RequestHeader(name = BreakGlassReason.HEADER, required = false) String breakGlassReason,
      Actor actor) {
    Optional<String> reason = BreakGlassReason.from(breakGlassReason);
    return notStored(reads.caseNotes(referralId, purpose, reason, actor));
  }

  /** Sealed data opened for one reader: no cache may keep it. */
  private static <T> ResponseEntity<T> notStored(T opened) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(opened);
  }
}
