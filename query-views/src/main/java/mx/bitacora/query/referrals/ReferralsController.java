package mx.bitacora.query.referrals;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.platform.accesslog.BreakGlassReason;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets agency staff, commission auditors and compliance reviewers read referrals: a page of those
 * in their scope, and one referral's detail with its history. Roles are checked by {@link
 * ReferralReads}, not by method security, so that a platform administrator's refused attempt is
 * recorded in the access log like every other.
 */
@RestController
@FedBy(ProcessingGroups.REFERRALS)
@Problem(
    status = 400,
    codes = {"BREAK_GLASS_REASON_TOO_LONG"})
@Problem(
    status = 403,
    codes = {"BREAK_GLASS_REASON_REQUIRED"})
@Problem(
    status = 404,
    codes = {"REFERRAL_NOT_FOUND"})
@Problem(
    status = 503,
    codes = {"ACCESS_NOT_RECORDED"})
class ReferralsController {

  private final ReferralReads reads;

  ReferralsController(ReferralReads reads) {
    this.reads = reads;
  }

  @GetMapping("/referrals")
  @Operation(summary = "Page through the referrals in the caller's scope")
  public ReferralsPage referrals(
      @RequestParam(required = false) ReferralDirection direction,
      @RequestParam(required = false) ReferralState state,
      @RequestParam(required = false) Urgency urgency,
      @RequestParam(required = false) Boolean escalated,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Instant recordedFrom,
      @RequestParam(required = false) Instant recordedTo,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return reads.list(
        new FindReferralsQuery(
            direction,
            state,
            urgency,
            escalated,
            from,
            to,
            recordedFrom,
            recordedTo,
            page,
            size,
            ReferralVisibility.of(actor)),
        actor);
  }

  @GetMapping("/referrals/{referralId}")
  @Operation(
      summary =
          "Read one referral with its history (victim details for its parties; break-glass for reviewers)")
  public ReferralDetail referral(
      @PathVariable ReferralId referralId,
      @RequestHeader(name = BreakGlassReason.HEADER, required = false) String breakGlassReason,
      Actor actor) {
    return reads.detail(referralId, BreakGlassReason.from(breakGlassReason), actor);
  }
}
